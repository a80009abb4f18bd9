#include "settingsdialog.h"

#include "api/pokeapiclient.h"
#include "displaylanguage.h"
#include "mediasettings.h"
#include "search/displaynames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const auto ConcurrencyKey = QStringLiteral("network/concurrency");
constexpr int MaxConcurrency = 64;
} // namespace

SettingsDialog::SettingsDialog(PokeApiClient *client, QAction *workOffline, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_concurrency(new QSpinBox(this))
    , m_cacheSize(new QLabel(this))
    , m_clearCache(new QPushButton(this))
    , m_offline(new QCheckBox(this))
    , m_language(new QComboBox(this))
    , m_playCries(new QCheckBox(tr("&Play a Pokémon's cry when its page opens"), this))
    , m_cryVersion(new QComboBox(this))
{
    m_words.set(this, &QWidget::setWindowTitle, QT_TR_NOOP("Settings"));
    m_words.set(m_clearCache, &QPushButton::setText, QT_TR_NOOP("&Clear Cache"));
    m_words.set(m_offline, &QCheckBox::setText,
                QT_TR_NOOP("Work &offline: answer from the cache only"));

    // 0 is the client's "automatic": 6 over HTTP/1.1, more once the server speaks HTTP/2.
    m_concurrency->setRange(0, MaxConcurrency);
    m_words.set(m_concurrency, &QSpinBox::setSpecialValueText, QT_TR_NOOP("Automatic"));
    m_concurrency->setValue(client->maxInFlight());
    m_words.set(m_concurrency, &QWidget::setAccessibleName, QT_TR_NOOP("Requests at once"));
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int n) {
        m_client->setMaxInFlight(n);
        QSettings().setValue(ConcurrencyKey, n);
    });

    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheSize, 1);
    cacheRow->addWidget(m_clearCache);
    m_words.set(m_clearCache, &QWidget::setToolTip,
                QT_TR_NOOP("Forget every saved answer; they are fetched again when needed"));
    connect(m_client, &PokeApiClient::cacheSizeChanged, this, &SettingsDialog::updateCacheSize);
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        m_client->clearCache();
        updateCacheSize();
    });
    updateCacheSize();

    m_offline->setChecked(workOffline->isChecked());
    connect(m_offline, &QCheckBox::toggled, workOffline, &QAction::setChecked);
    connect(workOffline, &QAction::toggled, m_offline, &QCheckBox::setChecked);

    for (const QString &code : DisplayLanguage::available())
        m_language->addItem(DisplayLanguage::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(DisplayNames::language()));
    m_words.set(m_language, &QWidget::setAccessibleName, QT_TR_NOOP("Display language"));
    m_words.set(m_language, &QWidget::setToolTip,
                QT_TR_NOOP("Pokémon, types, genus and Pokédex text as PokeAPI writes them in "
                           "this language; English where it has none. Names in every "
                           "language are found whichever you choose."));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        DisplayLanguage::save(code);
        DisplayLanguage::apply(code);
        Q_EMIT displayLanguageChanged(code);
    });

    m_playCries->setChecked(MediaSettings::playCries());
    connect(m_playCries, &QCheckBox::toggled, this, &MediaSettings::setPlayCries);
    m_cryVersion->addItem(tr("Latest (the newest games)"), int(PokemonMedia::CryVersion::Latest));
    m_cryVersion->addItem(tr("Legacy (the original games)"), int(PokemonMedia::CryVersion::Legacy));
    m_cryVersion->setCurrentIndex(m_cryVersion->findData(int(MediaSettings::cryVersion())));
    m_cryVersion->setAccessibleName(tr("Which cry"));
    m_cryVersion->setToolTip(tr("Where PokeAPI has only one of them, that one plays"));
    connect(m_cryVersion, &QComboBox::currentIndexChanged, this, [this] {
        MediaSettings::setCryVersion(PokemonMedia::CryVersion(m_cryVersion->currentData().toInt()));
    });

    auto *form = new QFormLayout;
    const auto label = [this](const char *source, QWidget *buddy) {
        auto *text = new QLabel(this);
        m_words.set(text, &QLabel::setText, source);
        text->setBuddy(buddy);
        return text;
    };
    form->addRow(label(QT_TR_NOOP("&Requests at once:"), m_concurrency), m_concurrency);
    form->addRow(label(QT_TR_NOOP("Disk cache:"), nullptr), cacheRow);
    form->addRow(QString(), m_offline);
    form->addRow(label(QT_TR_NOOP("&Language:"), m_language), m_language);
    form->addRow(label(QT_TR_NOOP("Cries:"), m_playCries), m_playCries);
    form->addRow(label(QT_TR_NOOP("C&ry:"), m_cryVersion), m_cryVersion);
    retranslate();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void SettingsDialog::applySaved(PokeApiClient *client)
{
    const QSettings settings;
    if (client->maxInFlight() != 0 || !settings.contains(ConcurrencyKey))
        return;
    const int saved = settings.value(ConcurrencyKey).toInt();
    if (saved > 0 && saved <= MaxConcurrency)
        client->setMaxInFlight(saved);
}

void SettingsDialog::retranslate()
{
    m_words.retranslate();
    m_concurrency->setToolTip(
        tr("Automatic asks 6 at a time over HTTP/1.1 and up to %1 over HTTP/2")
            .arg(MaxConcurrency));
    updateCacheSize(); // Qt's words for sizes ("bytes") are in the language too
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::updateCacheSize()
{
    const qint64 bytes = m_client->cacheSize();
    m_cacheSize->setText(QLocale().formattedDataSize(bytes));
    m_clearCache->setEnabled(bytes > 0);
}
