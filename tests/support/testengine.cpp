#include "testengine.h"

#include "net/pokeapidiskcache.h"

#include <QSignalSpy>

TestEngine::TestEngine(const QUrl &apiUrl)
    : client(&nam, apiUrl)
    , tester(std::make_unique<QAbstractItemModelTester>(
          &model, QAbstractItemModelTester::FailureReportingMode::QtTest))
    , index(&client)
    , controller(&client, &model, &index)
{
}

PokeApiDiskCache *TestEngine::useDiskCache(const QString &directory)
{
    cache = new PokeApiDiskCache(directory, &nam);
    nam.setCache(cache);
    return cache;
}

bool TestEngine::search(const QString &text, int timeoutMs)
{
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(text);
    return !finished.isEmpty() || finished.wait(timeoutMs);
}
