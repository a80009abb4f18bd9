#include "net/replychecks.h"

#include "net/contentdecoding.h"
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
    facts.contentEncoding = reply->rawHeader("Content-Encoding");
    facts.fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    facts.isJson = reply->header(QNetworkRequest::ContentTypeHeader)
                       .toString()
                       .contains(QLatin1String("json"), Qt::CaseInsensitive);
    return facts;
}

namespace {

    // Where the body's own end cannot be trusted — no announced length, or an encoded body,
    // whose decoder may stop where the connection did — a JSON answer must at least be whole.
    bool unfinishedJson(const Facts &facts, const QByteArray &decoded)
    {
        if (facts.hasContentLength && facts.contentEncoding.isEmpty())
            return false;
        return facts.httpStatus / 100 == 2 && facts.isJson && !isWholeJson(decoded);
    }

    // A body Qt handed on as a success that we refuse: it may not be cached or delivered.
    Verdict &refuse(Verdict &verdict, QNetworkReply::NetworkError error, const QString &words)
    {
        verdict.result.error = error;
        verdict.result.errorString = words;
        verdict.refusedASuccess = true;
        return verdict;
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
    const bool success = facts.error == QNetworkReply::NoError;
    if (success && body.size() > limits.maxBodySize)
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::tooLarge(limits.maxBodySize));
    if (isTransportError(facts.error)) { // never hand on partial data
        result.errorString
            = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
        return verdict;
    }
    const auto closed = QNetworkReply::RemoteHostClosedError;
    // Qt 6.4 reports a body cut off by a closed connection as a success. The announced length
    // counts the bytes as they came, encoded or not.
    const bool shortOfLength = facts.hasContentLength && body.size() < facts.contentLength;
    if (success && shortOfLength) // never partial data; sent again, like any broken connection
        return refuse(verdict, closed,
                      NetworkErrors::describe(closed, result.httpStatus, host, {}));
    using Outcome = ContentDecoding::Decoded::Outcome;
    ContentDecoding::Decoded decoded = shortOfLength && !facts.contentEncoding.isEmpty()
        ? ContentDecoding::Decoded { Outcome::Cut, {} }
        : ContentDecoding::decode(facts.contentEncoding, body, limits.maxBodySize);
    if (!success) {
        // An HTTP error (a 404): its status is the answer, whatever became of its body.
        result.errorString
            = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
        if (decoded.outcome == Outcome::Ok)
            result.body = std::move(decoded.body);
        return verdict;
    }
    if (decoded.outcome == Outcome::TooLarge) // a "zip bomb", or merely huge
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::tooLarge(limits.maxBodySize));
    if (decoded.outcome == Outcome::Damaged)
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::undecodable(limits.maxBodySize));
    if (decoded.outcome == Outcome::Cut || unfinishedJson(facts, decoded.body))
        return refuse(verdict, closed, NetworkErrors::cutOff(host));
    result.errorString
        = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
    result.body = std::move(decoded.body);
    return verdict;
}

} // namespace ReplyChecks
