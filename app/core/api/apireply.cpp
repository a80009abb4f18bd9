#include "api/apireply.h"

#include "net/requestqueue.h"

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{
}

void ApiReply::abort()
{
    if (m_request)
        m_request->abort();
    m_done = true;
    deleteLater();
}

void ApiReply::setPriority(FetchPriority priority)
{
    if (m_request)
        m_request->setPriority(priority);
}

void ApiReply::finish(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
