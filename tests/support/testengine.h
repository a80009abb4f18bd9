#pragma once

#include "api/pokeapiclient.h"
#include "search/nameindex.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <memory>

class PokeApiDiskCache;

// The engine wired as the app wires it, minus the window, for tests: a network access
// manager, the client, the model (watched by QAbstractItemModelTester throughout), the name
// index and the controller. Members are destroyed in reverse order, controller first.
struct TestEngine
{
    explicit TestEngine(const QUrl &apiUrl);

    // Gives the network access manager a disk cache in `directory`; returns it (owned by nam).
    PokeApiDiskCache *useDiskCache(const QString &directory);
    // Searches and waits until the search finished; false if it did not within timeoutMs.
    bool search(const QString &text, int timeoutMs = 10000);
    // The tester checks every signal against the whole model: too slow for 10,000 rows.
    void stopModelChecks() { tester.reset(); }

    QNetworkAccessManager nam;
    PokeApiClient client;
    PokemonListModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    NameIndex index;
    SearchController controller;
    PokeApiDiskCache *cache = nullptr;
};
