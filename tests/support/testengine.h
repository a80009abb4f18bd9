#pragma once

#include "engine.h"
#include "net/requestqueue.h"

#include <QAbstractItemModelTester>
#include <QString>
#include <QUrl>
#include <memory>

class CacheStore;

// The Engine exactly as the app builds it, pointed at a test server, with the model watched by
// QAbstractItemModelTester throughout. The references name the engine's own parts.
struct TestEngine
{
    explicit TestEngine(const QUrl &apiUrl);

    // Gives the engine a disk cache in `directory`; returns it (owned by the engine).
    CacheStore *useDiskCache(const QString &directory);
    // Searches and waits until the search finished; false if it did not within timeoutMs.
    bool search(const QString &text, int timeoutMs = 10000);
    // The tester checks every signal against the whole model: too slow for 10,000 rows.
    void stopModelChecks() { tester.reset(); }

    Engine engine;
    QNetworkAccessManager &nam;
    PokeApiClient &client;
    PokemonListModel &model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    NameIndex &index;
    SearchController &controller;
    CacheStore *cache = nullptr;
};
