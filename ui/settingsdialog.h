#pragma once

#include "translatedwords.h"

#include <QDialog>

class PokeApiClient;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Edit › Settings…: how many requests may be in flight at once (Automatic, or 1 to 64), the
// disk cache's size with a button to empty it, Work Offline, the display language, and
// whether (and which) cries play.
// Changes apply at once; the concurrency and the language are kept in QSettings for the next
// run. A new language shows at once, in this dialog and the window alike.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `workOffline` is the window's checkable action, which the check box mirrors.
    SettingsDialog(PokeApiClient *client, QAction *workOffline, QWidget *parent = nullptr);

    // The concurrency saved by an earlier run, unless the command line chose one (--concurrency
    // caps the window, so a saved setting must not lift it).
    static void applySaved(PokeApiClient *client);

    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QLabel *cacheSizeLabel() const { return m_cacheSize; }
    QPushButton *clearCacheButton() const { return m_clearCache; }
    QCheckBox *workOfflineBox() const { return m_offline; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *playCriesBox() const { return m_playCries; }
    QComboBox *cryVersionBox() const { return m_cryVersion; }

Q_SIGNALS:
    // Pokémon, genus, Pokédex text and type names are now in `code` (DisplayLanguage).
    void displayLanguageChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: retranslate()

private:
    void retranslate();
    void updateCacheSize();

    TranslatedWords m_words { "SettingsDialog" };
    PokeApiClient *m_client;
    QSpinBox *m_concurrency;
    QLabel *m_cacheSize;
    QPushButton *m_clearCache;
    QCheckBox *m_offline;
    QComboBox *m_language;
    QCheckBox *m_playCries;
    QComboBox *m_cryVersion;
};
