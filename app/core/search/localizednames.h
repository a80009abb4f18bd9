#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Every species' and type's name in every language PokeAPI has, from the tables
// resources/names/generate.py writes (compiled in as :/names/*.tsv): complete offline from the
// first launch. Read-only once built; safe to use from any thread.
class LocalizedNames
{
public:
    // PokeAPI's language codes, in the order of the table's columns ("en", "de", "fr", "es",
    // "es-419", "it", "ja-hrkt", "ja", "ja-roma", "ko", "zh-hant", "zh-hans").
    QStringList languages() const { return m_languages; }
    bool hasLanguage(const QString &code) const { return m_languages.contains(code); }

    // The name of species `slug` (or type `slug`) in `language`; empty when PokeAPI has none.
    QString species(const QString &slug, const QString &language) const;
    QString type(const QString &slug, const QString &language) const;
    // Every species slug in Pokédex order, and its names by language (no empty ones).
    QStringList speciesSlugs() const { return m_speciesOrder; }
    QHash<QString, QString> speciesNames(const QString &slug) const;

    // The tables compiled into the binary, parsed on first use (about 2 ms).
    static const LocalizedNames &builtIn();
    // A table as generate.py writes it: a header "id slug <code>...", then one row per line.
    static LocalizedNames fromTables(const QByteArray &species, const QByteArray &types);

private:
    using Table = QHash<QString, QStringList>; // slug -> name per column of m_languages
    static Table parse(const QByteArray &tsv, QStringList *languages, QStringList *order);
    static QString cell(const Table &table, const QStringList &languages, const QString &slug,
                        const QString &language);

    QStringList m_languages;
    QStringList m_speciesOrder;
    Table m_species;
    Table m_types;
};
