#include "net/replychecks.h"

#include "net/networkerrors.h"

#include <QNetworkRequest>
#include <cstring>

namespace ReplyChecks {

bool isWholeJson(const QByteArray &body)
{
    qint64 depth = 0;
    bool inString = false;
    bool any = false;
    const char *p = body.constData();
    const char *const end = p + body.size();
    while (p < end) {
        if (inString) {
            // Jump to the next quote or backslash: strings are most of a PokeAPI document.
            const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!quote)
                return false; // the string never ends
            const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(quote - p)));
            if (slash) {
                p = slash + 2; // skips the escaped character, whatever it is
                continue;
            }
            inString = false;
            p = quote + 1;
            continue;
        }
        switch (*p) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            ++p;
            continue;
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
        any = true;
        ++p;
    }
    return any && !inString && depth <= 0;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || (error >= QNetworkReply::ProtocolUnknownError
            && error < QNetworkReply::InternalServerError);
}

Facts factsOf(const QNetworkReply *reply)
{
    Facts facts;
    facts.url = reply->request().url();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.error = reply->error();
    facts.qtErrorString = reply->errorString();
    facts.contentLength
        = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&facts.hasContentLength);
    facts.contentEncoded = reply->hasRawHeader("Content-Encoding");
    facts.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    facts.isJson = reply->header(QNetworkRequest::ContentTypeHeader)
                       .toString()
                       .contains(QLatin1String("json"), Qt::CaseInsensitive);
    return facts;
}

namespace {

    enum class Cut { None, ShortOfLength, Unfinished };

    // Qt 6.4 reports a body cut off by a closed connection as a success, and hands on whatever a
    // truncated gzip stream inflated to, as a success too. Where the announced length can tell (Qt
    // drops it when it inflates), compare with it; where it cannot — an inflated body, or no
    // length at all — a JSON answer must at least be whole.
    Cut cutOf(const Facts &facts, const QByteArray &body)
    {
        if (facts.error != QNetworkReply::NoError)
            return Cut::None;
        if (facts.hasContentLength && !facts.contentEncoded)
            return body.size() < facts.contentLength ? Cut::ShortOfLength : Cut::None;
        return facts.httpStatus / 100 == 2 && facts.isJson && !isWholeJson(body) ? Cut::Unfinished
                                                                                 : Cut::None;
    }

} // namespace

Verdict judge(const Facts &facts, QByteArray body, const Limits &limits)
{
    Verdict verdict;
    NetworkResult &result = verdict.result;
    result.url = facts.url;
    result.attempts = facts.attempts;
    result.httpStatus = facts.httpStatus;
    result.error = facts.error;
    result.fromCache = facts.fromCache;
    const QString host = facts.url.host();
    if (facts.abortedTooLarge) {
        result.error = QNetworkReply::UnknownContentError;
        result.errorString = NetworkErrors::tooLarge(limits.maxBodySize);
        return verdict;
    }
    if (facts.abortedPastDeadline || facts.error == QNetworkReply::OperationCanceledError
        || facts.error == QNetworkReply::TimeoutError) {
        // The queue aborts only replies it has detached from, so a cancel here is a timeout.
        result.error = QNetworkReply::TimeoutError;
        result.errorString = facts.abortedPastDeadline
            ? NetworkErrors::tooSlow(limits.exchangeDeadlineMs)
            : NetworkErrors::timedOut(limits.transferTimeoutMs);
        return verdict;
    }
    if (facts.contentEncoded && facts.error == QNetworkReply::UnknownContentError) {
        // Qt could not inflate it: a damaged stream, or a "zip bomb" past our cap.
        result.errorString = NetworkErrors::undecodable(limits.maxBodySize);
        return verdict;
    }
    if (facts.error == QNetworkReply::NoError && body.size() > limits.maxBodySize) {
        result.error = QNetworkReply::UnknownContentError;
        result.errorString = NetworkErrors::tooLarge(limits.maxBodySize);
        verdict.refusedASuccess = true;
        return verdict;
    }
    if (const Cut cut = cutOf(facts, body); cut != Cut::None) {
        // Never partial data; and sent again, like any connection that broke off.
        result.error = QNetworkReply::RemoteHostClosedError;
        result.errorString = cut == Cut::ShortOfLength
            ? NetworkErrors::describe(result.error, result.httpStatus, host, {})
            : NetworkErrors::cutOff(host);
        verdict.refusedASuccess = true;
        return verdict;
    }
    result.errorString
        = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
    if (!isTransportError(result.error))
        result.body = std::move(body); // never hand on partial data
    return verdict;
}

} // namespace ReplyChecks
