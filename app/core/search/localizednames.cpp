#include "search/localizednames.h"

#include <QFile>

LocalizedNames::Table LocalizedNames::parse(const QByteArray &tsv, QStringList *languages,
                                            QStringList *order)
{
    Table table;
    const QList<QByteArray> lines = tsv.split('\n');
    if (lines.isEmpty())
        return table;
    constexpr qsizetype FirstName = 2; // id, slug, then one column per language
    const QList<QByteArray> header = lines.first().split('\t');
    if (languages->isEmpty()) {
        for (qsizetype i = FirstName; i < header.size(); ++i)
            languages->append(QString::fromUtf8(header.at(i)));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split('\t');
        if (cells.size() != header.size())
            continue; // the last, empty line
        QStringList names;
        names.reserve(cells.size() - FirstName);
        for (qsizetype c = FirstName; c < cells.size(); ++c)
            names.append(QString::fromUtf8(cells.at(c)));
        const QString slug = QString::fromUtf8(cells.at(1));
        if (order)
            order->append(slug);
        table.insert(slug, names);
    }
    return table;
}

LocalizedNames LocalizedNames::fromTables(const QByteArray &species, const QByteArray &types)
{
    LocalizedNames names;
    names.m_species = parse(species, &names.m_languages, &names.m_speciesOrder);
    QStringList typeLanguages;
    names.m_types = parse(types, &typeLanguages, nullptr);
    // Both tables come from one run of generate.py, with the same columns.
    if (typeLanguages != names.m_languages)
        names.m_types.clear();
    return names;
}

const LocalizedNames &LocalizedNames::builtIn()
{
    static const LocalizedNames names = [] {
        const auto read = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        return fromTables(read(QStringLiteral(":/names/species-names.tsv")),
                          read(QStringLiteral(":/names/type-names.tsv")));
    }();
    return names;
}

QString LocalizedNames::cell(const Table &table, const QStringList &languages, const QString &slug,
                             const QString &language)
{
    const auto it = table.constFind(slug);
    const qsizetype column = languages.indexOf(language);
    if (it == table.cend() || column < 0 || column >= it->size())
        return {};
    return it->at(column);
}

QString LocalizedNames::species(const QString &slug, const QString &language) const
{
    return cell(m_species, m_languages, slug, language);
}

QString LocalizedNames::type(const QString &slug, const QString &language) const
{
    return cell(m_types, m_languages, slug, language);
}

QHash<QString, QString> LocalizedNames::speciesNames(const QString &slug) const
{
    QHash<QString, QString> names;
    const QStringList row = m_species.value(slug);
    for (qsizetype i = 0; i < row.size() && i < m_languages.size(); ++i) {
        if (!row.at(i).isEmpty())
            names.insert(m_languages.at(i), row.at(i));
    }
    return names;
}
