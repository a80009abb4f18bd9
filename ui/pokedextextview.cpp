#include "pokedextextview.h"

#include "search/displaynames.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

PokedexTextView::PokedexTextView(QWidget *parent)
    : QWidget(parent)
    , m_games(new QComboBox)
    , m_text(new QLabel)
{
    m_games->setObjectName(QStringLiteral("pokedexGamePicker"));
    m_games->setAccessibleName(tr("Pokédex text of the game"));
    // Never wider than the pane: long game names are cut, not the pane widened.
    m_games->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_games->setMinimumContentsLength(12);
    m_text->setObjectName(QStringLiteral("pokedexText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_games, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_games, &QComboBox::activated, this, &PokedexTextView::showGame);
    clear();
}

void PokedexTextView::clear()
{
    setTexts({});
}

void PokedexTextView::setTexts(const QList<PokedexText> &texts)
{
    m_texts = texts;
    const QString language = DisplayNames::language();
    // Each game once, newest (last given) first; the first with a text in the display
    // language is where the view opens.
    QStringList versions;
    for (auto it = texts.crbegin(); it != texts.crend(); ++it) {
        if ((it->language == language || it->language == QLatin1String("en"))
            && !versions.contains(it->version))
            versions.append(it->version);
    }
    int open = -1;
    m_games->clear();
    for (const QString &version : std::as_const(versions)) {
        m_games->addItem(DisplayNames::forTerm(version), version);
        if (open < 0) {
            for (const PokedexText &text : texts)
                if (text.version == version && text.language == language)
                    open = m_games->count() - 1;
        }
    }
    m_games->setVisible(m_games->count() > 1);
    showGame(open < 0 ? 0 : open);
}

void PokedexTextView::showGame(int index)
{
    m_games->setCurrentIndex(index);
    const QString version = m_games->itemData(index).toString();
    QHash<QString, QString> byLanguage;
    QString english;
    for (const PokedexText &text : std::as_const(m_texts)) {
        if (text.version != version)
            continue;
        byLanguage.insert(text.language, text.text);
        if (text.language == QLatin1String("en"))
            english = text.text;
    }
    const DisplayNames::Text shown = DisplayNames::pick(byLanguage, english);
    m_text->setText(shown.isFallback ? tr("%1 (in English)").arg(shown.text) : shown.text);
    setVisible(!shown.text.isEmpty());
}

QString PokedexTextView::version() const
{
    return m_games->currentData().toString();
}

QString PokedexTextView::text() const
{
    return m_text->text();
}
