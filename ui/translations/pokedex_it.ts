<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pokedex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokedex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up many Pokémon at once: every card appears as soon as its answer arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and pictures from &lt;a href=&quot;https://pokeapi.co/&quot;&gt;PokeAPI&lt;/a&gt;, the free Pokémon API, used under its fair-use policy and cached on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the BSD-3-Clause licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokedex is a fan project. It is not affiliated with, endorsed or sponsored by Nintendo, Game Freak or The Pokémon Company. Pokémon and its names are trademarks of their respective owners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtworkBanner</name>
    <message>
        <source>Artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✦ Shiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rare shiny colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shiny artwork: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artwork: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artwork</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardContextMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Its &amp;Evolution Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Loaded from cache, not the network (F5 refreshes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture did not load: %1
(Retry Failed, Ctrl+R, tries again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pokémon has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Type names or Pokédex numbers above and press Enter
Try pikachu, 25, gen:1 or type:dragon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokémon details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Pokémon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type matchups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evolution chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type matchups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PokeAPI has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the species did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Pokémon did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breeding &amp; training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPart</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPresenter</name>
    <message>
        <source>no Pokémon is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvolutionTreeView</name>
    <message>
        <source>Evolution chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not evolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Heights for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any second type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Mega, Gigantamax, regional and other forms too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every card shown that the sort lacks, after those on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnsetModel</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lv./TM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokedex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers come from the cache only; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the evolution line of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the evolution line of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchupView</name>
    <message>
        <source>Every type does normal damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak ×4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak ×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resists ×½</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resists ×¼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immune ×0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server did not understand the request (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asks us to slow down (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1: check your internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused an unsafe or endless redirect from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was still arriving after %1 s, far too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB, so it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed answer was damaged, or larger than %1 MB once unpacked, so it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, and not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline — turn off Work Offline to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pointed at %1, which is not a PokeAPI resource; it was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to fetch %1: pictures and sounds come over http or https only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PokemonDetailsLoader</name>
    <message>
        <source>No types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the species: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evolution chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PokemonFilterModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base stat total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp. Atk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp. Def</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PokemonFormat</name>
    <message>
        <source>%1 m (%2′ %3″)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg (%2 lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp. Atk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp. Def</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PokemonListModel</name>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3) — %4 ms%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pokémon is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
(looked up %n times)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not loaded: the search was cancelled (Enter loads it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PokemonSheetLoader</name>
    <message>
        <source>Learns no moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns no moves in this game</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>%1; the server asks to wait %2 s before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (still limited after waiting %n times)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>gen:%1 · Generation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type:%1 · %2 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Pokémon: pikachu, charizard, Mr. Mime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Pokémon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>has no members that are not already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a group the server knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Dex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked us to slow down: waiting %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the names in every language ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the National Dex…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The National Dex did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Pokémon in the National Dex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Clear Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline: answer from the cache only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic asks 6 at a time over HTTP/1.1 and up to %1 over HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every saved answer; they are fetched again when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pokémon, types, genus and Pokédex text as PokeAPI writes them in this language; English where it has none. Names in every language are found whichever you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetSections</name>
    <message>
        <source>Genderless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% ♀, %2% ♂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breeding and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No abilities known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egg groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egg cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in the wild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the wild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lv. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lv. %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Pokémon did not load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search box, cards and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, or open the current card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a failed card, or search a not-found card&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search, then close the details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift or Ctrl with a click or an arrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right click, or the Menu key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, in the details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace, or the mouse&apos;s back button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward, in the details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mouse&apos;s forward button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpriteCache</name>
    <message>
        <source>The image is too large (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeBadge</name>
    <message>
        <source>%1 type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from the cache only; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Cards as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cards, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search again, asking the network rather than the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up again what failed, or what a cancel left unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the current card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show F&amp;orms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mega, Gigantamax, regional and other forms besides species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pokémon the details pane showed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pokedex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
