// Prints what finding Pokémon by their names in every language costs: parsing the built-in
// name table, building the NameIndex from it, resolving a typed name, did-you-mean across all
// languages, and the search box's completer with every language loaded (fill once, then each
// keystroke, which must stay under a frame: 16 ms). Runs offscreen; asserts nothing.

#include "api/pokeapiclient.h"
#include "search/localizednames.h"
#include "search/nameindex.h"
#include "search/namenormalizer.h"
#include "searchbar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTextStream>
#include <algorithm>

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Stats
{
    QList<double> samples;
    double median() const
    {
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double max() const
    {
        return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer timer;
    timer.start();
    const LocalizedNames &table = LocalizedNames::builtIn();
    out << "table: " << table.speciesSlugs().size() << " species x " << table.languages().size()
        << " languages, parsed in " << ms(timer) << " ms" << Qt::endl;

    QNetworkAccessManager nam;
    PokeApiClient client(&nam, QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/")));
    Stats builds;
    std::unique_ptr<NameIndex> index;
    for (int i = 0; i < 5; ++i) {
        index = std::make_unique<NameIndex>(&client);
        timer.restart();
        index->resolve(QStringLiteral("glurak")); // builds the table's part at once
        builds.samples << ms(timer);
    }
    const QList<NameIndex::LocalizedName> localized = index->localizedNames();
    out << "index build (on a worker at start-up): median " << builds.median() << " ms, max "
        << builds.max() << " ms; " << localized.size() << " localized names besides "
        << index->names().size() << " slugs" << Qt::endl;

    timer.restart();
    int found = 0;
    for (const NameIndex::LocalizedName &name : localized)
        found += !index->resolve(name.key).isEmpty();
    out << "resolve: " << (ms(timer) * 1000.0 / double(localized.size())) << " µs per name ("
        << found << " found)" << Qt::endl;

    timer.restart();
    int normalised = 0;
    for (const NameIndex::LocalizedName &name : localized)
        normalised += !NameNormalizer::normalize(name.name).isEmpty();
    out << "normalize a typed name: " << (ms(timer) * 1000.0 / double(localized.size())) << " µs ("
        << normalised << " names)" << Qt::endl;

    for (const char *typo : { "charzard", "glurack", "dracofeu", "ピカチュ" }) {
        timer.restart();
        const QStringList suggestions
            = index->suggestionsFor(NameNormalizer::normalize(QString::fromUtf8(typo)));
        out << "did-you-mean " << typo << ": " << ms(timer) << " ms -> "
            << suggestions.join(QStringLiteral(", ")) << Qt::endl;
    }

    SearchBar bar;
    bar.resize(600, 40);
    bar.show();
    if (!QTest::qWaitForWindowExposed(&bar))
        return 1;
    // What the fill reads from the index on the window's thread before the worker takes over.
    timer.restart();
    const qsizetype snapshot = index->localizedNames().size();
    const double localizedMs = ms(timer);
    timer.restart();
    for (const QString &slug : index->names())
        index->speciesOf(slug);
    out << "completer fill reads the index: localized names " << localizedMs << " ms (" << snapshot
        << "), species of each slug " << ms(timer) << " ms" << Qt::endl;

    // The fill, once per language change: named and sorted on a worker, then handed over. What
    // the window's thread spends: the call, then each turn of its event loop until the list
    // is in (the handover among them).
    QElapsedTimer fill;
    fill.start();
    timer.restart();
    bar.setNameIndex(index.get());
    Stats slices;
    slices.samples << ms(timer);
    while (bar.nameCompleter()->model()->rowCount() < 1000) {
        timer.restart();
        QCoreApplication::processEvents();
        slices.samples << ms(timer);
    }
    out << "completer fill (" << bar.nameCompleter()->model()->rowCount() << " rows): ready after "
        << ms(fill) << " ms; window thread: call " << slices.samples.first()
        << " ms, longest slice " << slices.max() << " ms (budget 16 ms)" << Qt::endl;

    Stats keystrokes;
    for (const char *word : { "glurak", "pikachu", "dracaufeu", "ピカチュウ", "피카츄", "喷火龙",
                              "mr mime", "lizardon" }) {
        bar.clear();
        for (const QChar c : QString::fromUtf8(word)) {
            timer.restart();
            // What typing does: the text changes, the completer filters, the popup shows.
            bar.insert(QString(c));
            Q_EMIT bar.textEdited(bar.text());
            QCoreApplication::processEvents();
            keystrokes.samples << ms(timer);
        }
        bar.nameCompleter()->popup()->hide();
    }
    out << "completer per keystroke (" << keystrokes.samples.size() << " keystrokes): median "
        << keystrokes.median() << " ms, max " << keystrokes.max() << " ms (budget 16 ms)"
        << Qt::endl;
    return 0;
}
