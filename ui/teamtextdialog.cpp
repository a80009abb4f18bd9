#include "teamtextdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TeamTextDialog::TeamTextDialog(Mode mode, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(text, this))
{
    const bool importing = mode == Mode::Import;
    setWindowTitle(importing ? tr("Import Showdown Team") : tr("Export Showdown Team"));
    m_editor->setObjectName(QStringLiteral("teamText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setReadOnly(!importing);
    m_editor->setPlaceholderText(tr("Paste a team exported from Pokémon Showdown here."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(importing ? tr("The team's Pokémon replace the current team's:")
                                           : tr("Paste this into Showdown's Teambuilder (Import):"),
                                 this));
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(importing ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close,
                                         this);
    if (importing) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
        if (m_editor->toPlainText().isEmpty())
            m_editor->setPlainText(QGuiApplication::clipboard()->text().left(256 * 1024));
    } else {
        QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this,
                [this] { QGuiApplication::clipboard()->setText(m_editor->toPlainText()); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 480);
}

QString TeamTextDialog::text() const
{
    return m_editor->toPlainText();
}
