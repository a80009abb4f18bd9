#include "gridexport.h"

#include "api/pokemon.h"
#include "search/pokemonlistmodel.h"
#include "statorder.h"
#include "team/atomicwrite.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QtConcurrent>

namespace {

QString stateName(const QModelIndex &index)
{
    const auto state = index.data(PokemonListModel::StateRole).value<PokemonListModel::State>();
    return QString::fromLatin1(
               QMetaEnum::fromType<PokemonListModel::State>().valueToKey(int(state)))
        .toLower();
}

int statOf(const Pokemon &pokemon, const QString &name)
{
    for (const PokemonStat &stat : pokemon.stats) {
        if (stat.name == name)
            return stat.base;
    }
    return -1;
}

// RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. A leading
// = + - @ is prefixed with ' so that a spreadsheet does not run it as a formula.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u'"', QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

} // namespace

namespace GridExport {

Format formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

QByteArray csv(const QAbstractItemModel *shown)
{
    QStringList header
        = { QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("display_name"),
            QStringLiteral("types"), QStringLiteral("status") };
    header += statOrder();
    header << QStringLiteral("height_m") << QStringLiteral("weight_kg");
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        const auto pokemon = index.data(PokemonListModel::PokemonRole).value<Pokemon>();
        const int number = index.data(PokemonListModel::NumberRole).toInt();
        QStringList fields = {
            number > 0 ? QString::number(number) : QString(),
            index.data(PokemonListModel::NameRole).toString(),
            index.data(PokemonListModel::DisplayNameRole).toString(),
            index.data(PokemonListModel::TypesRole).toStringList().join(u'/'),
            stateName(index),
        };
        for (const QString &stat : statOrder()) {
            const int value = pokemon.isValid() ? statOf(pokemon, stat) : -1;
            fields.append(value >= 0 ? QString::number(value) : QString());
        }
        fields.append(pokemon.isValid() ? QString::number(pokemon.height / 10.0) : QString());
        fields.append(pokemon.isValid() ? QString::number(pokemon.weight / 10.0) : QString());
        for (QString &field : fields)
            field = csvField(field);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray json(const QAbstractItemModel *shown)
{
    QJsonArray cards;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        const auto pokemon = index.data(PokemonListModel::PokemonRole).value<Pokemon>();
        QJsonObject card {
            { QStringLiteral("name"), index.data(PokemonListModel::NameRole).toString() },
            { QStringLiteral("display_name"),
              index.data(PokemonListModel::DisplayNameRole).toString() },
            { QStringLiteral("types"),
              QJsonArray::fromStringList(index.data(PokemonListModel::TypesRole).toStringList()) },
            { QStringLiteral("status"), stateName(index) },
        };
        if (const int number = index.data(PokemonListModel::NumberRole).toInt(); number > 0)
            card.insert(QStringLiteral("number"), number);
        if (pokemon.isValid()) {
            QJsonObject stats;
            for (const PokemonStat &stat : pokemon.stats)
                stats.insert(stat.name, stat.base);
            card.insert(QStringLiteral("id"), pokemon.id);
            card.insert(QStringLiteral("stats"), stats);
            card.insert(QStringLiteral("height_m"), pokemon.height / 10.0);
            card.insert(QStringLiteral("weight_kg"), pokemon.weight / 10.0);
        }
        cards.append(card);
    }
    return QJsonDocument(cards).toJson(QJsonDocument::Indented);
}

} // namespace GridExport

void GridExportWriter::write(const QAbstractItemModel *shown, const QString &path)
{
    const QByteArray bytes = GridExport::formatFor(path) == GridExport::Format::Json
        ? GridExport::json(shown)
        : GridExport::csv(shown);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT finished(error.isEmpty(), path, error);
    });
    watcher->setFuture(QtConcurrent::run([path, bytes] {
        QString error;
        AtomicWrite::write(path, bytes, &error);
        return error;
    }));
}
