#include "search/formkind.h"

namespace FormKindOf {

QList<FormKind> all()
{
    return { FormKind::Mega, FormKind::Gigantamax, FormKind::Regional, FormKind::Other };
}

FormKind slug(QStringView slug)
{
    // The species' name comes first, and may itself hold a hyphen (mr-mime-galar): only
    // the parts after the first are the form's.
    const auto parts = slug.split(u'-');
    const auto has = [&parts](const char *word) {
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i) == QLatin1String(word))
                return true;
        }
        return false;
    };
    if (has("totem"))
        return FormKind::Other; // raticate-totem-alola is a totem, not a regional form
    if (has("mega"))
        return FormKind::Mega;
    if (has("gmax"))
        return FormKind::Gigantamax;
    for (const char *region : { "alola", "galar", "hisui", "paldea" }) {
        if (has(region))
            return FormKind::Regional;
    }
    return FormKind::Other;
}

} // namespace FormKindOf
