#include "testengine.h"

#include <QSignalSpy>

namespace {
EngineSettings settingsFor(const QUrl &apiUrl)
{
    EngineSettings settings;
    settings.apiUrl = apiUrl;
    return settings;
}
} // namespace

TestEngine::TestEngine(const QUrl &apiUrl)
    : engine(settingsFor(apiUrl))
    , nam(engine.nam)
    , client(engine.client)
    , model(engine.model)
    , tester(std::make_unique<QAbstractItemModelTester>(
          &model, QAbstractItemModelTester::FailureReportingMode::QtTest))
    , index(engine.index)
    , controller(engine.controller)
{
    // As a person would: a search typed in the first moments waits for the names table
    // (tst_searchcontroller checks that); the other tests start once it is there.
    if (!index.hasLocalizedNames())
        QSignalSpy(&index, &NameIndex::localizedNamesChanged).wait(10000);
}

CacheStore *TestEngine::useDiskCache(const QString &directory)
{
    cache = engine.useDiskCache(directory);
    return cache;
}

bool TestEngine::search(const QString &text, int timeoutMs)
{
    QSignalSpy finished(&controller, &SearchController::finished);
    controller.search(text);
    return !finished.isEmpty() || finished.wait(timeoutMs);
}
