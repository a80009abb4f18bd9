#include "teampastefilter.h"

#include "team/showdownformat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

bool TeamPasteFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress
        || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return QObject::eventFilter(watched, event);
    const QString text = QGuiApplication::clipboard()->text().left(ShowdownFormat::MaxInputChars);
    const QStringList team = ShowdownFormat::pokemonIn(text);
    if (team.isEmpty())
        return QObject::eventFilter(watched, event);
    Q_EMIT searchRequested(team.join(QStringLiteral(", ")));
    return true;
}
