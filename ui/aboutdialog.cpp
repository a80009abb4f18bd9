#include "aboutdialog.h"

#include "fonts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    setWindowTitle(tr("About Pokedex"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.pokedex_desktop.Pokedex.svg"))
                        .pixmap(64, 64, QIcon::Normal));
    icon->setAlignment(Qt::AlignTop);

    m_title->setText(tr("Pokedex %1").arg(QStringLiteral(POKEDEX_VERSION)));
    m_title->setFont(Fonts::scaled(font(), 1.4, QFont::Bold));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString paragraphs[] = {
        tr("Look up many Pokémon at once: every card appears as soon as its answer arrives."),
        tr("Data and pictures from <a href=\"https://pokeapi.co/\">PokeAPI</a>, the free "
           "Pokémon API, used under its fair-use policy and cached on this computer."),
        tr("Free software under the BSD-3-Clause licence."),
        tr("Pokedex is a fan project. It is not affiliated with, endorsed or sponsored by "
           "Nintendo, Game Freak or The Pokémon Company. Pokémon and its names are trademarks "
           "of their respective owners."),
    };
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    m_body->setText(html);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setMinimumWidth(380);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body, 1);
    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    QTextDocument body;
    body.setHtml(m_body->text());
    return m_title->text() + u'\n' + body.toPlainText();
}
