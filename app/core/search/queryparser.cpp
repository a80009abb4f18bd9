#include "search/queryparser.h"

#include "search/namenormalizer.h"

namespace {

bool isGroupWord(QStringView word)
{
    return word.compare(QLatin1String("gen"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("generation"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("type"), Qt::CaseInsensitive) == 0;
}

// Stands for a space inside a group while the text is split, so that "gen : 3" stays one
// term and is still shown as typed.
constexpr QChar Glue(0xE000); // private use: never in a name

QString glueGroups(const QString &text)
{
    QString glued = text;
    for (qsizetype colon = glued.indexOf(u':'); colon >= 0;
         colon = glued.indexOf(u':', colon + 1)) {
        qsizetype end = colon;
        while (end > 0 && glued.at(end - 1).isSpace() && glued.at(end - 1) != u'\n')
            --end;
        qsizetype begin = end;
        while (begin > 0 && glued.at(begin - 1).isLetter())
            --begin;
        if (!isGroupWord(QStringView(glued).mid(begin, end - begin)))
            continue;
        for (qsizetype i = end; i < colon; ++i)
            glued[i] = Glue;
        for (qsizetype i = colon + 1;
             i < glued.size() && glued.at(i).isSpace() && glued.at(i) != u'\n'; ++i)
            glued[i] = Glue;
    }
    return glued;
}

} // namespace

QString SearchTerm::key() const
{
    switch (kind) {
    case Kind::Group:
        return u':' + group.resourcePath(); // never a slug
    case Kind::Name:
        return slug;
    case Kind::Invalid:
        break;
    }
    return slug.isEmpty() ? typed : slug;
}

namespace QueryParser {

SearchTerm termFor(const QString &query)
{
    SearchTerm term;
    term.typed = query;
    QString groupError;
    if (const auto group = GroupQuery::parse(query, &groupError)) {
        term.kind = SearchTerm::Kind::Group;
        term.group = *group;
        return term;
    }
    if (!groupError.isEmpty()) {
        term.slug = query;
        term.reason = groupError;
        return term;
    }
    term.slug = NameNormalizer::normalize(query);
    term.reason = NameNormalizer::invalidReason(term.slug);
    term.kind = term.reason.isEmpty() ? SearchTerm::Kind::Name : SearchTerm::Kind::Invalid;
    return term;
}

QList<SearchTerm> parseEach(const QStringList &queries)
{
    QList<SearchTerm> terms;
    for (const QString &query : queries) {
        if (!query.trimmed().isEmpty())
            terms.append(termFor(query.trimmed()));
    }
    return terms;
}

QList<SearchTerm> parse(const QString &text,
                        const std::function<bool(const QString &slug)> &isKnownName)
{
    QStringList queries = NameNormalizer::splitQueries(glueGroups(text), isKnownName);
    for (QString &query : queries)
        query.replace(Glue, u' ');
    return parseEach(queries);
}

std::optional<DexFilter> filterOf(const QString &text)
{
    const QList<SearchTerm> terms = parse(text);
    if (terms.isEmpty())
        return std::nullopt;
    DexFilter filter;
    for (const SearchTerm &term : terms) {
        if (term.kind != SearchTerm::Kind::Group)
            return std::nullopt;
        if (term.group.kind == GroupQuery::Kind::Type) {
            if (!filter.types.contains(term.group.key))
                filter.types.append(term.group.key);
            filter.forms = FormKindOf::Every;
        } else if (term.group.kind != GroupQuery::Kind::Generation) {
            return std::nullopt; // a move's or ability's members are searched for
        } else if (const int generation = term.group.key.toInt();
                   !filter.generations.contains(generation)) {
            filter.generations.append(generation);
        }
    }
    return filter;
}

std::optional<MemberSearch> memberSearchOf(const QString &text)
{
    MemberSearch search;
    for (const SearchTerm &term : parse(text)) {
        if (term.kind != SearchTerm::Kind::Group)
            return std::nullopt;
        switch (term.group.kind) {
        case GroupQuery::Kind::Move:
        case GroupQuery::Kind::Ability:
            search.queries.append(term.typed);
            break;
        case GroupQuery::Kind::Type:
            if (!search.filter.types.contains(term.group.key))
                search.filter.types.append(term.group.key);
            break;
        case GroupQuery::Kind::Generation:
            if (const int generation = term.group.key.toInt();
                !search.filter.generations.contains(generation))
                search.filter.generations.append(generation);
            break;
        }
    }
    if (search.queries.isEmpty())
        return std::nullopt;
    return search;
}

} // namespace QueryParser
