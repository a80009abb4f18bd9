#pragma once

#include "net/bodyreader.h"

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// What one finished HTTP request left behind, detached from its QNetworkReply.
struct NetworkResult
{
    QUrl url;
    int httpStatus = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // for people; empty on success
    QByteArray body;
    bool fromCache = false;
    int attempts = 1; // how many times it was sent
    ReadBody read; // the body read where it landed, by the reader of whoever asked first

    bool isSuccess() const { return error == QNetworkReply::NoError && httpStatus / 100 == 2; }
    bool isNotFound() const { return httpStatus == 404; }
};

Q_DECLARE_METATYPE(NetworkResult)
