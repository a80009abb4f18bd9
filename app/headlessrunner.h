#pragma once

#include <QObject>
#include <QStringList>

class HeadlessSheet;
class PokeApiClient;
class QTextStream;
class SearchController;

// The command-line front end over the same engine: prints one line per name the moment it
// reaches a terminal state (plain text or one JSON object per line), then a summary.
// Control and bidirectional characters are printed as \uXXXX in both formats.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    enum class Format { Text, JsonLines };

    HeadlessRunner(SearchController *controller, Format format, QTextStream *out,
                   QObject *parent = nullptr);

    // Searches for the names in `arguments` (command-line arguments or input lines, each
    // split further at commas); emits done(exitCode) when every name is terminal:
    // 0 all found or not found, 1 any error (or a name left unloaded by a cancel).
    void run(const QStringList &arguments);

    // Tells on `err` when the server asks us to slow down, and with `verbose` which
    // protocol each host speaks. Never on standard output: that stays one line per name.
    void reportNetwork(PokeApiClient *client, QTextStream *err, bool verbose);
    // --details: each Pokémon found is printed with its whole sheet (HeadlessSheet), the moves
    // those of `game` (a version group; empty: the newest each has).
    void showDetails(PokeApiClient *client, const QString &game);

    // With --language: JSON lines gain "display_name" (DisplayNames, in its display language)
    // and text lines name each Pokémon and type as the window does; "name" stays the slug.
    void showDisplayNames(bool show);
    // --coverage: before the summary, {"coverage": {"<attacking type>": {"weak": n, "resist": n,
    // "immune": n}, ...}} over the types of every Pokémon found, in TypeChart order.
    void showCoverage(bool show) { m_coverage = show; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void printRow(int row);
    void printSummary();
    void printCoverage();
    void finish();

    SearchController *m_controller;
    Format m_format;
    QTextStream *m_out;
    bool m_displayNames = false;
    bool m_coverage = false;
    HeadlessSheet *m_sheet = nullptr;
};
