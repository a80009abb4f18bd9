#include "mediasettings.h"

#include <QSettings>

namespace {
const auto PlayCriesKey = QStringLiteral("media/playCries");
const auto CryVersionKey = QStringLiteral("media/cryVersion");
const auto MutedKey = QStringLiteral("media/muted");
const auto AnimatedKey = QStringLiteral("media/animatedSprites");
const auto Legacy = QStringLiteral("legacy");
} // namespace

namespace MediaSettings {

bool playCries()
{
    return QSettings().value(PlayCriesKey, true).toBool();
}

void setPlayCries(bool play)
{
    QSettings().setValue(PlayCriesKey, play);
}

PokemonMedia::CryVersion cryVersion()
{
    return QSettings().value(CryVersionKey).toString() == Legacy ? PokemonMedia::CryVersion::Legacy
                                                                 : PokemonMedia::CryVersion::Latest;
}

void setCryVersion(PokemonMedia::CryVersion version)
{
    QSettings().setValue(CryVersionKey,
                         version == PokemonMedia::CryVersion::Legacy ? Legacy
                                                                     : QStringLiteral("latest"));
}

bool criesMuted()
{
    return QSettings().value(MutedKey, false).toBool();
}

void setCriesMuted(bool muted)
{
    QSettings().setValue(MutedKey, muted);
}

bool animatedSprites()
{
    return QSettings().value(AnimatedKey, false).toBool();
}

void setAnimatedSprites(bool animated)
{
    QSettings().setValue(AnimatedKey, animated);
}

} // namespace MediaSettings
