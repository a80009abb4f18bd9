#include "httprequestparser.h"

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isVisible(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return !s.isEmpty();
}

// Both CRLF and bare LF line ends are accepted, so `nc` and hand-typed requests work.
qsizetype findHeadEnd(const QByteArray &buffer, qsizetype *headEndLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *headEndLength = 4;
        return crlf;
    }
    *headEndLength = 2;
    return lf;
}

HttpRequest::Error parseRequestLine(const QByteArray &line, HttpRequest &request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return HttpRequest::Error::MalformedRequestLine;
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (!isToken(request.method) || !isVisible(request.target) || !request.target.startsWith('/')
        || (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")) {
        return HttpRequest::Error::MalformedRequestLine;
    }
    return HttpRequest::Error::None;
}

HttpRequest::Error parse(const QByteArray &head, HttpRequest &request)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (const auto error = parseRequestLine(lines.constFirst(), request);
        error != HttpRequest::Error::None) {
        return error;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return HttpRequest::Error::MalformedHeader;
        request.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }
    const QByteArray contentLength = request.header("Content-Length");
    if (!request.header("Transfer-Encoding").isEmpty()
        || (!contentLength.isEmpty() && contentLength != "0")) {
        return HttpRequest::Error::HasBody;
    }
    return HttpRequest::Error::None;
}

} // namespace

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::Result HttpRequestParser::take(QByteArray &buffer, HttpRequest &request)
{
    // Clients may send blank lines between requests (RFC 9112 section 2.2).
    qsizetype start = 0;
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;
    buffer.remove(0, start);

    qsizetype endLength = 0;
    const qsizetype end = findHeadEnd(buffer, &endLength);
    if (end < 0)
        return buffer.size() > MaxHeadSize ? Result::TooLarge : Result::NeedMoreData;

    request = HttpRequest();
    request.error = parse(buffer.left(end), request);
    buffer.remove(0, end + endLength);
    return Result::Complete;
}
