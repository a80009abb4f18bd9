#include "headlessrunner.h"

#include "api/pokeapiclient.h"
#include "headlessoutput.h"
#include "headlesssheet.h"
#include "search/displaynames.h"
#include "search/groupquery.h"
#include "search/pokemonlistmodel.h"
#include "search/searchcontroller.h"
#include "team/teamcoverage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

HeadlessRunner::HeadlessRunner(SearchController *controller, Format format, QTextStream *out,
                               QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_format(format)
    , m_out(out)
{
    connect(controller->model(), &PokemonListModel::rowFinished, this, &HeadlessRunner::printRow);
    connect(controller, &SearchController::finished, this, [this] {
        if (m_sheet && !m_sheet->isIdle())
            connect(m_sheet, &HeadlessSheet::idle, this, &HeadlessRunner::finish,
                    Qt::SingleShotConnection);
        else
            finish();
    });
}

void HeadlessRunner::showDetails(PokeApiClient *client, const QString &game)
{
    m_sheet = new HeadlessSheet(client, m_format == Format::JsonLines, game, m_out, this);
    m_sheet->setDisplayNames(m_displayNames);
}

void HeadlessRunner::showDisplayNames(bool show)
{
    m_displayNames = show;
    if (m_sheet)
        m_sheet->setDisplayNames(show);
}

void HeadlessRunner::finish()
{
    if (m_coverage)
        printCoverage();
    printSummary();
    const auto counts = m_controller->model()->counts();
    Q_EMIT done(counts.error > 0 || counts.loading > 0 || counts.notLoaded > 0 ? 1 : 0);
}

void HeadlessRunner::run(const QStringList &arguments)
{
    // Each argument or input line is whole ("Mr. Mime"); commas inside one still separate.
    m_controller->search(arguments.join(u'\n'));
}

void HeadlessRunner::printRow(int row)
{
    using State = PokemonListModel::State;
    const PokemonListModel::Entry &e = m_controller->model()->entry(row);
    const QString name = e.state == State::Loaded ? e.pokemon.name : e.slug;
    if (m_format == Format::JsonLines) {
        JsonLine line;
        line.add("query", e.query).add("name", name);
        if (m_displayNames)
            line.add("display_name", DisplayNames::forPokemon(name, e.pokemon.speciesName));
        switch (e.state) {
        case State::Loaded:
            line.add("status", QStringLiteral("found"))
                .add("id", e.pokemon.id)
                .add("types", e.pokemon.types)
                .addMs("ms", e.elapsedMs);
            break;
        case State::NotFound:
            line.add("status", QStringLiteral("not_found")).addMs("ms", e.elapsedMs);
            if (!e.error.isEmpty())
                line.add("reason", e.error);
            line.add("suggestions", e.suggestions);
            break;
        case State::Error:
        case State::Loading:
        case State::Listed: // never: the command line has no dex
            line.add("status", QStringLiteral("error"))
                .add("error", e.error)
                .addMs("ms", e.elapsedMs);
            break;
        case State::NotLoaded:
            line.add("status", QStringLiteral("not_loaded")).addMs("ms", e.elapsedMs);
            break;
        }
        if (m_sheet && e.state == State::Loaded)
            m_sheet->add(e.pokemon, line, {});
        else
            *m_out << escapedForTerminal(line.toString()) << Qt::endl;
        return;
    }

    const QString ms = QString::number(qRound(e.elapsedMs)) + QStringLiteral(" ms");
    const QString sep = QStringLiteral("  ");
    // A member of gen:1 or type:fire is named by itself, not by the group it came from.
    const bool isGroupMember = e.slug != e.query && GroupQuery::parse(e.query).has_value();
    const QString asked = isGroupMember ? e.slug : e.query;
    QString text;
    switch (e.state) {
    case State::Loaded: {
        QStringList types = e.pokemon.types;
        if (m_displayNames)
            std::transform(types.begin(), types.end(), types.begin(), DisplayNames::forType);
        const QString shown
            = m_displayNames ? DisplayNames::forPokemon(name, e.pokemon.speciesName) : name;
        text = shown + sep + u'#' + QString::number(e.pokemon.id) + sep + types.join(u'/') + sep
            + ms;
        break;
    }
    case State::NotFound:
        text = asked + sep + tr("not found");
        if (!e.error.isEmpty())
            text += QStringLiteral(": ") + e.error;
        if (!e.suggestions.isEmpty())
            text += sep + tr("(did you mean %1?)").arg(e.suggestions.join(QStringLiteral(", ")));
        text += sep + ms;
        break;
    case State::Error:
    case State::Loading:
    case State::Listed:
        text = asked + sep + tr("error: %1").arg(e.error) + sep + ms;
        break;
    case State::NotLoaded:
        text = asked + sep + tr("not loaded (cancelled)") + sep + ms;
        break;
    }
    if (m_sheet && e.state == State::Loaded)
        m_sheet->add(e.pokemon, {}, text);
    else
        *m_out << escapedForTerminal(text) << Qt::endl;
}

void HeadlessRunner::reportNetwork(PokeApiClient *client, QTextStream *err, bool verbose)
{
    connect(client, &PokeApiClient::rateLimited, this, [err](const QString &host, int delayMs) {
        *err << escapedForTerminal(
            tr("pokedex: %1 asked us to slow down; waiting %2 s before sending more")
                .arg(host)
                .arg(delayMs / 1000.0, 0, 'f', 1))
             << Qt::endl;
    });
    if (!verbose)
        return;
    connect(client, &PokeApiClient::protocolKnown, this, [err](const QString &host, bool http2) {
        *err << escapedForTerminal(
            tr("pokedex: %1 answers over %2")
                .arg(host, http2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1")))
             << Qt::endl;
    });
}

void HeadlessRunner::printCoverage()
{
    using State = PokemonListModel::State;
    QList<QStringList> typings;
    const PokemonListModel *model = m_controller->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entry(row).state == State::Loaded)
            typings.append(model->entry(row).pokemon.types);
    }
    QString body;
    for (const TeamCoverage::DefensiveRow &row : TeamCoverage::defensive(typings)) {
        JsonLine counts;
        counts.add("weak", row.weak).add("resist", row.resist).add("immune", row.immune);
        body += (body.isEmpty() ? QString() : QStringLiteral(",")) + u'"' + row.attackingType
            + QStringLiteral("\":") + counts.toString();
    }
    *m_out << QStringLiteral("{\"coverage\":{") << body << QStringLiteral("}}") << Qt::endl;
}

void HeadlessRunner::printSummary()
{
    const auto c = m_controller->model()->counts();
    const double elapsedMs = m_controller->elapsedMs();
    if (m_format == Format::JsonLines) {
        double firstMs = -1;
        for (int row = 0; row < c.total(); ++row) {
            const double ms = m_controller->model()->entry(row).elapsedMs;
            if (firstMs < 0 || ms < firstMs)
                firstMs = ms;
        }
        JsonLine line;
        line.add("summary", true)
            .add("requested", c.total())
            .add("found", c.loaded)
            .add("not_found", c.notFound)
            .add("errors", c.error + c.loading)
            .add("not_loaded", c.notLoaded)
            .addMs("first_ms", qMax(0.0, firstMs))
            .addMs("elapsed_ms", elapsedMs);
        *m_out << line.toString() << Qt::endl;
        return;
    }
    QString done = tr("Done in %1 s: %2 found, %3 not found, %4 errors")
                       .arg(elapsedMs / 1000.0, 0, 'f', 2)
                       .arg(c.loaded)
                       .arg(c.notFound)
                       .arg(c.error + c.loading);
    if (c.notLoaded > 0)
        done += tr(", %1 not loaded").arg(c.notLoaded);
    *m_out << done << Qt::endl;
}
