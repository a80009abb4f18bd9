#include "headlessoutput.h"

namespace {

// What a terminal acts on or reorders text by: C0 and C1 controls, DEL, line and paragraph
// separators, bidirectional marks, embeddings, overrides and isolates. Names and types come
// from the server: printed raw, one could clear the screen or fake a result line.
bool actsOnATerminal(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

// Outside strings a JSON line has no such character, and inside them Qt leaves DEL, C1 and
// the rest raw: escaping them keeps the line valid.
QString escapedForTerminal(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        if (actsOnATerminal(c.unicode()))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

JsonLine &JsonLine::add(const char *key, const QJsonValue &value)
{
    return raw(key, compact(value));
}
