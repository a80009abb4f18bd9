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

    enum class Cut { None, ShortOfLength, Unfinished };

    // Qt 6.4 reports a body cut off by a closed connection as a success. Where the announced
    // length can tell (it counts the encoded bytes), compare with it; where it cannot — no
    // length at all — a JSON answer must at least be whole once decoded.
    Cut cutOf(const Facts &facts, const QByteArray &body, const QByteArray &decoded)
    {
        if (facts.error != QNetworkReply::NoError)
            return Cut::None;
        if (facts.hasContentLength && body.size() < facts.contentLength)
            return Cut::ShortOfLength;
        if (facts.hasContentLength && facts.contentEncoding.isEmpty())
            return Cut::None;
        return facts.httpStatus / 100 == 2 && facts.isJson && !isWholeJson(decoded)
            ? Cut::Unfinished
            : Cut::None;
    }

    // A body Qt handed on as a success that we refuse: it may not be cached or delivered.
    Verdict &refuse(Verdict &verdict, QNetworkReply::NetworkError error, const QString &words,
                    const Facts &facts)
    {
        verdict.result.error = error;
        verdict.result.errorString = words;
        verdict.refusedASuccess = facts.error == QNetworkReply::NoError;
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
    if (facts.error == QNetworkReply::NoError && body.size() > limits.maxBodySize)
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::tooLarge(limits.maxBodySize), facts);
    if (isTransportError(facts.error)) { // never hand on partial data
        result.errorString
            = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
        return verdict;
    }
    ContentDecoding::Decoded decoded { ContentDecoding::Decoded::Outcome::Ok, body };
    if (!facts.contentEncoding.isEmpty()
        && !(facts.hasContentLength && body.size() < facts.contentLength))
        decoded = ContentDecoding::decode(facts.contentEncoding, body, limits.maxBodySize);
    using Outcome = ContentDecoding::Decoded::Outcome;
    if (facts.error != QNetworkReply::NoError) {
        // An HTTP error (a 404): its status is the answer, whatever became of its body.
        result.errorString
            = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
        if (decoded.outcome == Outcome::Ok)
            result.body = std::move(decoded.body);
        return verdict;
    }
    if (decoded.outcome == Outcome::TooLarge) // a "zip bomb", or merely huge
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::tooLarge(limits.maxBodySize), facts);
    if (decoded.outcome == Outcome::Damaged)
        return refuse(verdict, QNetworkReply::UnknownContentError,
                      NetworkErrors::undecodable(limits.maxBodySize), facts);
    const Cut cut
        = decoded.outcome == Outcome::Cut ? Cut::Unfinished : cutOf(facts, body, decoded.body);
    if (cut != Cut::None) {
        // Never partial data; and sent again, like any connection that broke off.
        const auto closed = QNetworkReply::RemoteHostClosedError;
        return refuse(verdict, closed,
                      cut == Cut::ShortOfLength
                          ? NetworkErrors::describe(closed, result.httpStatus, host, {})
                          : NetworkErrors::cutOff(host),
                      facts);
    }
    result.errorString
        = NetworkErrors::describe(result.error, result.httpStatus, host, facts.qtErrorString);
    result.body = std::move(decoded.body);
    return verdict;
}

} // namespace ReplyChecks
