<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Pokedex</source>
        <translation>Über Pokedex</translation>
    </message>
    <message>
        <source>Pokedex %1</source>
        <translation>Pokedex %1</translation>
    </message>
    <message>
        <source>Look up many Pokémon at once: every card appears as soon as its answer arrives.</source>
        <translation>Viele Pokémon auf einmal nachschlagen: Jede Karte erscheint, sobald ihre Antwort da ist.</translation>
    </message>
    <message>
        <source>Data and pictures from &lt;a href=&quot;https://pokeapi.co/&quot;&gt;PokeAPI&lt;/a&gt;, the free Pokémon API, used under its fair-use policy and cached on this computer.</source>
        <translation>Daten und Bilder von &lt;a href=&quot;https://pokeapi.co/&quot;&gt;PokeAPI&lt;/a&gt;, der freien Pokémon-API, genutzt nach ihren Fair-Use-Regeln und auf diesem Computer zwischengespeichert.</translation>
    </message>
    <message>
        <source>Free software under the BSD-3-Clause licence.</source>
        <translation>Freie Software unter der BSD-3-Clause-Lizenz.</translation>
    </message>
    <message>
        <source>Pokedex is a fan project. It is not affiliated with, endorsed or sponsored by Nintendo, Game Freak or The Pokémon Company. Pokémon and its names are trademarks of their respective owners.</source>
        <translation>Pokedex ist ein Fanprojekt. Es steht in keiner Verbindung zu Nintendo, Game Freak oder The Pokémon Company und wird von ihnen weder unterstützt noch gefördert. Pokémon und seine Namen sind Marken ihrer jeweiligen Inhaber.</translation>
    </message>
</context>
<context>
    <name>ArtworkBanner</name>
    <message>
        <source>Artwork</source>
        <translation>Artwork</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>The normal colours</source>
        <translation>Die normalen Farben</translation>
    </message>
    <message>
        <source>✦ Shiny</source>
        <translation>✦ Shiny</translation>
    </message>
    <message>
        <source>The rare shiny colours</source>
        <translation>Die seltenen schillernden Farben</translation>
    </message>
    <message>
        <source>No shiny artwork: %1</source>
        <translation>Kein schillerndes Artwork: %1</translation>
    </message>
    <message>
        <source>No artwork: %1</source>
        <translation>Kein Artwork: %1</translation>
    </message>
    <message>
        <source>No artwork</source>
        <translation>Kein Artwork</translation>
    </message>
</context>
<context>
    <name>CardContextMenu</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Search Its &amp;Evolution Line</source>
        <translation>Nach seiner &amp;Entwicklungsreihe suchen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Loaded from cache, not the network (F5 refreshes)</source>
        <translation>Aus dem Zwischenspeicher geladen, nicht aus dem Netz (F5 aktualisiert)</translation>
    </message>
    <message>
        <source>it could not be fetched</source>
        <translation>es konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>The picture did not load: %1
(Retry Failed, Ctrl+R, tries again)</source>
        <translation>Das Bild wurde nicht geladen: %1
(Fehlgeschlagene erneut versuchen, Strg+R, versucht es noch einmal)</translation>
    </message>
    <message>
        <source>Search for %1 instead</source>
        <translation>Stattdessen nach %1 suchen</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meintest du %1?</translation>
    </message>
    <message>
        <source>No Pokémon has this name</source>
        <translation>Kein Pokémon heißt so</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Enter to %1</source>
        <translation>Eingabetaste: %1</translation>
    </message>
    <message>
        <source>load</source>
        <translation>laden</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: loading</source>
        <translation>%1: wird geladen</translation>
    </message>
    <message>
        <source>%1: not found (%2)</source>
        <translation>%1: nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not found (did you mean %2?)</source>
        <translation>%1: nicht gefunden (meintest du %2?)</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: not loaded</source>
        <translation>%1: nicht geladen</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Type names or Pokédex numbers above and press Enter
Try pikachu, 25, gen:1 or type:dragon</source>
        <translation>Oben Namen oder Pokédex-Nummern eingeben und die Eingabetaste drücken
Probiere Pikachu, 25, gen:1 oder type:dragon</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>On show</source>
        <translation>Wird gezeigt</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Pokémon details</source>
        <translation>Pokémon-Details</translation>
    </message>
    <message>
        <source>the species</source>
        <translation>die Art</translation>
    </message>
    <message>
        <source>Base stats</source>
        <translation>Basiswerte</translation>
    </message>
    <message>
        <source>this Pokémon</source>
        <translation>dieses Pokémon</translation>
    </message>
    <message>
        <source>the type matchups</source>
        <translation>die Typ-Effektivität</translation>
    </message>
    <message>
        <source>the evolution chain</source>
        <translation>die Entwicklungskette</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Type matchups</source>
        <translation>Typ-Effektivität</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>PokeAPI has none</source>
        <translation>PokeAPI hat keine</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (versteckt)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(versteckt)</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Keine bekannt</translation>
    </message>
    <message>
        <source>%1 (in English)</source>
        <translation>%1 (auf Englisch)</translation>
    </message>
    <message>
        <source>the species did not load</source>
        <translation>die Art wurde nicht geladen</translation>
    </message>
    <message>
        <source>the Pokémon did not load</source>
        <translation>das Pokémon wurde nicht geladen</translation>
    </message>
    <message>
        <source>Breeding &amp; training</source>
        <translation>Zucht &amp; Training</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Attacken</translation>
    </message>
    <message>
        <source>Where to find it</source>
        <translation>Fundorte</translation>
    </message>
</context>
<context>
    <name>DetailPart</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>DetailPresenter</name>
    <message>
        <source>no Pokémon is called “%1”</source>
        <translation>kein Pokémon heißt „%1“</translation>
    </message>
</context>
<context>
    <name>EvolutionTreeView</name>
    <message>
        <source>Evolution chain</source>
        <translation>Entwicklungskette</translation>
    </message>
    <message>
        <source>Does not evolve</source>
        <translation>Entwickelt sich nicht</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Heights for %1</source>
        <translation>Größen für %1</translation>
    </message>
    <message>
        <source>Weights for %1</source>
        <translation>Gewichte für %1</translation>
    </message>
    <message>
        <source>Stats for %1</source>
        <translation>Werte für %1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Any second type</source>
        <translation>Jeder zweite Typ</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formen</translation>
    </message>
    <message>
        <source>Fetch the Rest</source>
        <translation>Den Rest abrufen</translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation>Nach Name oder Nummer filtern</translation>
    </message>
    <message>
        <source>Any generation</source>
        <translation>Jede Generation</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>Show Mega, Gigantamax, regional and other forms too</source>
        <translation>Auch Mega-, Gigadynamax-, Regional- und andere Formen zeigen</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>Sortierung: %1</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Fetch every card shown that the sort lacks, after those on screen</source>
        <translation>Jede gezeigte Karte abrufen, die der Sortierung fehlt, nach denen auf dem Bildschirm</translation>
    </message>
</context>
<context>
    <name>LearnsetModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>TM</source>
        <translation>TM</translation>
    </message>
    <message>
        <source>Evo.</source>
        <translation>Entw.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Lv./TM</source>
        <translation>Lv./TM</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Attacke</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Acc.</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>AP</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Pokedex</source>
        <translation>Pokedex</translation>
    </message>
    <message>
        <source>Answers come from the cache only; nothing is sent</source>
        <translation>Antworten kommen nur aus dem Zwischenspeicher; nichts wird gesendet</translation>
    </message>
    <message>
        <source>Could not look up the evolution line of %1: %2</source>
        <translation>Die Entwicklungsreihe von %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>Looking up the evolution line of %1…</source>
        <translation>Entwicklungsreihe von %1 wird nachgeschlagen …</translation>
    </message>
</context>
<context>
    <name>MatchupView</name>
    <message>
        <source>Every type does normal damage.</source>
        <translation>Jeder Typ richtet normalen Schaden an.</translation>
    </message>
    <message>
        <source>Weak ×4</source>
        <translation>Schwach ×4</translation>
    </message>
    <message>
        <source>Weak ×2</source>
        <translation>Schwach ×2</translation>
    </message>
    <message>
        <source>Resists ×½</source>
        <translation>Resistent ×½</translation>
    </message>
    <message>
        <source>Resists ×¼</source>
        <translation>Resistent ×¼</translation>
    </message>
    <message>
        <source>Immune ×0</source>
        <translation>Immun ×0</translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <source>The server did not understand the request (HTTP 400)</source>
        <translation>Der Server hat die Anfrage nicht verstanden (HTTP 400)</translation>
    </message>
    <message>
        <source>The server refused access (HTTP 403)</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>Too many requests: the server asks us to slow down (HTTP 429)</source>
        <translation>Zu viele Anfragen: Der Server bittet, langsamer zu fragen (HTTP 429)</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500)</source>
        <translation>Der Server hatte einen internen Fehler (HTTP 500)</translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed (HTTP %1)</source>
        <translation>Das Gateway des Servers ist ausgefallen (HTTP %1)</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503)</source>
        <translation>Der Server ist vorübergehend nicht erreichbar (HTTP 503)</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1</source>
        <translation>Der Server antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>Could not find %1: check your internet connection</source>
        <translation>%1 wurde nicht gefunden: Prüfe deine Internetverbindung</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Refused an unsafe or endless redirect from %1</source>
        <translation>Eine unsichere oder endlose Weiterleitung von %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s</source>
        <translation>Keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The answer was still arriving after %1 s, far too slowly</source>
        <translation>Die Antwort kam nach %1 s noch immer an, viel zu langsam</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB, so it was refused</source>
        <translation>Die Antwort ist größer als %1 MB und wurde deshalb abgelehnt</translation>
    </message>
    <message>
        <source>The compressed answer was damaged, or larger than %1 MB once unpacked, so it was refused</source>
        <translation>Die komprimierte Antwort war beschädigt oder entpackt größer als %1 MB und wurde deshalb abgelehnt</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the answer was complete</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>Offline, and not in the cache</source>
        <translation>Offline und nicht im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline — turn off Work Offline to retry</source>
        <translation>Du bist offline – schalte „Offline arbeiten“ aus, um es erneut zu versuchen</translation>
    </message>
    <message>
        <source>Unexpected answer from the server: %1</source>
        <translation>Unerwartete Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>The server pointed at %1, which is not a PokeAPI resource; it was not fetched</source>
        <translation>Der Server verwies auf %1, das keine PokeAPI-Ressource ist; es wurde nicht abgerufen</translation>
    </message>
    <message>
        <source>Refused to fetch %1: pictures and sounds come over http or https only</source>
        <translation>%1 wurde nicht abgerufen: Bilder und Töne kommen nur über http oder https</translation>
    </message>
</context>
<context>
    <name>PokemonDetailsLoader</name>
    <message>
        <source>No types</source>
        <translation>Keine Typen</translation>
    </message>
    <message>
        <source>No artwork</source>
        <translation>Kein Artwork</translation>
    </message>
    <message>
        <source>Needs the species: %1</source>
        <translation>Braucht die Art: %1</translation>
    </message>
    <message>
        <source>No evolution chain</source>
        <translation>Keine Entwicklungsreihe</translation>
    </message>
</context>
<context>
    <name>PokemonFilterModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base stat total</source>
        <translation>Basiswert-Summe</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>KP</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Verteidigung</translation>
    </message>
    <message>
        <source>Sp. Atk</source>
        <translation>Sp.-Angr.</translation>
    </message>
    <message>
        <source>Sp. Def</source>
        <translation>Sp.-Vert.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>PokemonFormat</name>
    <message>
        <source>%1 m (%2′ %3″)</source>
        <translation>%1 m (%2′ %3″)</translation>
    </message>
    <message>
        <source>%1 kg (%2 lb)</source>
        <translation>%1 kg (%2 lb)</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>KP</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Verteidigung</translation>
    </message>
    <message>
        <source>Sp. Atk</source>
        <translation>Sp.-Angr.</translation>
    </message>
    <message>
        <source>Sp. Def</source>
        <translation>Sp.-Vert.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Initiative</translation>
    </message>
</context>
<context>
    <name>PokemonListModel</name>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2 (%3) — %4 ms%5</source>
        <translation>#%1 %2 (%3) — %4 ms%5</translation>
    </message>
    <message>
        <source>, from cache</source>
        <translation>, aus dem Cache</translation>
    </message>
    <message>
        <source>No Pokémon is called “%1”</source>
        <translation>Kein Pokémon heißt „%1“</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1
(looked up %n times)</source>
        <translation>
            <numerusform>%1
(%n-mal gesucht)</numerusform>
            <numerusform>%1
(%n-mal gesucht)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not loaded: the search was cancelled (Enter loads it)</source>
        <translation>%1 wurde nicht geladen: Die Suche wurde abgebrochen (Eingabe lädt es)</translation>
    </message>
</context>
<context>
    <name>PokemonSheetLoader</name>
    <message>
        <source>Learns no moves</source>
        <translation>Erlernt keine Attacken</translation>
    </message>
    <message>
        <source>Learns no moves in this game</source>
        <translation>Erlernt in diesem Spiel keine Attacken</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>%1; the server asks to wait %2 s before trying again</source>
        <translation>%1; der Server bittet, %2 s bis zum nächsten Versuch zu warten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (still limited after waiting %n times)</source>
        <translation>
            <numerusform>%1 (nach %n Wartezeit noch immer begrenzt)</numerusform>
            <numerusform>%1 (nach %n Wartezeiten noch immer begrenzt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>gen:%1 · Generation %2</source>
        <translation>gen:%1 · Generation %2</translation>
    </message>
    <message>
        <source>type:%1 · %2 type</source>
        <translation>type:%1 · Typ %2</translation>
    </message>
    <message>
        <source>Search Pokémon: pikachu, charizard, Mr. Mime…</source>
        <translation>Pokémon suchen: Pikachu, Glurak, Pantimos …</translation>
    </message>
    <message>
        <source>Search Pokémon</source>
        <translation>Pokémon suchen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>has no members that are not already listed</source>
        <translation>hat keine Mitglieder, die nicht schon aufgeführt sind</translation>
    </message>
    <message>
        <source>is not a group the server knows</source>
        <translation>ist keine Gruppe, die der Server kennt</translation>
    </message>
    <message>
        <source>National Dex</source>
        <translation>Nationaler Pokédex</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Searching… %1 / %2</source>
        <translation>Suche … %1 / %2</translation>
    </message>
    <message>
        <source>%1 asked us to slow down: waiting %2 s</source>
        <translation>%1 bittet um weniger Anfragen: %2 s warten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation>1 Anfrage unterwegs</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 Anfragen unterwegs</translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation>%1 unterwegs, %2 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Getting the names in every language ready…</source>
        <translation>Die Namen in allen Sprachen werden vorbereitet…</translation>
    </message>
</context>
<context>
    <name>SearchSummary</name>
    <message>
        <source>%1 — %2 s</source>
        <translation>%1 — %2 s</translation>
    </message>
    <message>
        <source>Loading the National Dex…</source>
        <translation>Der Nationale Pokédex wird geladen…</translation>
    </message>
    <message>
        <source>The National Dex did not load</source>
        <translation>Der Nationale Pokédex wurde nicht geladen</translation>
    </message>
    <message>
        <source>%1 Pokémon in the National Dex</source>
        <translation>%1 Pokémon im Nationalen Pokédex</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>%1 not loaded</source>
        <translation>%1 nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n nicht geladen</numerusform>
            <numerusform>%n nicht geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loading</source>
        <translation>
            <numerusform>%n lädt</numerusform>
            <numerusform>%n laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>Zwischenspeicher &amp;leeren</translation>
    </message>
    <message>
        <source>Work &amp;offline: answer from the cache only</source>
        <translation>&amp;Offline arbeiten: nur aus dem Zwischenspeicher antworten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Automatic asks 6 at a time over HTTP/1.1 and up to %1 over HTTP/2</source>
        <translation>Automatisch fragt über HTTP/1.1 6 auf einmal und über HTTP/2 bis zu %1</translation>
    </message>
    <message>
        <source>Forget every saved answer; they are fetched again when needed</source>
        <translation>Alle gespeicherten Antworten vergessen; sie werden bei Bedarf neu abgerufen</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <source>Pokémon, types, genus and Pokédex text as PokeAPI writes them in this language; English where it has none. Names in every language are found whichever you choose.</source>
        <translation>Pokémon, Typen, Kategorie und Pokédex-Text, wie PokeAPI sie in dieser Sprache schreibt; Englisch, wo es keine gibt. Namen in jeder Sprache werden gefunden, welche du auch wählst.</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Disk cache:</source>
        <translation>Zwischenspeicher:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>SheetSections</name>
    <message>
        <source>Genderless</source>
        <translation>Geschlechtslos</translation>
    </message>
    <message>
        <source>%1% ♀, %2% ♂</source>
        <translation>%1 % ♀, %2 % ♂</translation>
    </message>
    <message>
        <source>the abilities</source>
        <translation>die Fähigkeiten</translation>
    </message>
    <message>
        <source>breeding and training</source>
        <translation>Zucht und Training</translation>
    </message>
    <message>
        <source>where to find it</source>
        <translation>die Fundorte</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <source>the moves</source>
        <translation>die Attacken</translation>
    </message>
    <message>
        <source>No abilities known</source>
        <translation>Keine Fähigkeiten bekannt</translation>
    </message>
    <message>
        <source>Egg groups</source>
        <translation>Ei-Gruppen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Egg cycles</source>
        <translation>Ei-Zyklen</translation>
    </message>
    <message>
        <source>Catch rate</source>
        <translation>Fangrate</translation>
    </message>
    <message>
        <source>Base experience</source>
        <translation>Basis-Erfahrung</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>Wachstumsrate</translation>
    </message>
    <message>
        <source>EV yield</source>
        <translation>EV-Ertrag</translation>
    </message>
    <message>
        <source>Base friendship</source>
        <translation>Basis-Freundschaft</translation>
    </message>
    <message>
        <source>Held in the wild</source>
        <translation>In freier Wildbahn getragen</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (versteckt)</translation>
    </message>
    <message>
        <source>Not found in the wild.</source>
        <translation>Nicht in freier Wildbahn zu finden.</translation>
    </message>
    <message>
        <source>Lv. %1</source>
        <translation>Lv. %1</translation>
    </message>
    <message>
        <source>Lv. %1–%2</source>
        <translation>Lv. %1–%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4%)</source>
        <translation>%1 (%2, %3, %4 %)</translation>
    </message>
    <message>
        <source>the Pokémon did not load</source>
        <translation>das Pokémon wurde nicht geladen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search box, cards and details</source>
        <translation>Suchfeld, Karten und Details</translation>
    </message>
    <message>
        <source>Search, or open the current card</source>
        <translation>Suchen oder die aktuelle Karte öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Retry a failed card, or search a not-found card&apos;s suggestion</source>
        <translation>Eine fehlgeschlagene Karte erneut versuchen oder den Vorschlag einer nicht gefundenen Karte suchen</translation>
    </message>
    <message>
        <source>Stop the search, then close the details pane</source>
        <translation>Die Suche anhalten, dann die Details schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Zwischen Karten wechseln</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down, Home, End</source>
        <translation>Pfeiltasten, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Select several cards</source>
        <translation>Mehrere Karten auswählen</translation>
    </message>
    <message>
        <source>Shift or Ctrl with a click or an arrow key</source>
        <translation>Umschalt oder Strg mit einem Klick oder einer Pfeiltaste</translation>
    </message>
    <message>
        <source>Card menu</source>
        <translation>Kartenmenü</translation>
    </message>
    <message>
        <source>Right click, or the Menu key</source>
        <translation>Rechtsklick oder die Menütaste</translation>
    </message>
    <message>
        <source>Back, in the details pane</source>
        <translation>Zurück, in den Details</translation>
    </message>
    <message>
        <source>Backspace, or the mouse&apos;s back button</source>
        <translation>Rücktaste oder die Zurück-Taste der Maus</translation>
    </message>
    <message>
        <source>Forward, in the details pane</source>
        <translation>Vor, in den Details</translation>
    </message>
    <message>
        <source>The mouse&apos;s forward button</source>
        <translation>Die Vor-Taste der Maus</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>SpriteCache</name>
    <message>
        <source>The image is too large (%1 bytes)</source>
        <translation>Das Bild ist zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>The image is empty</source>
        <translation>Das Bild ist leer</translation>
    </message>
    <message>
        <source>The image is too large (%1×%2)</source>
        <translation>Das Bild ist zu groß (%1×%2)</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>Das Bild kann nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>TypeBadge</name>
    <message>
        <source>%1 type</source>
        <translation>Typ %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Answer from the cache only; send nothing</source>
        <translation>Nur aus dem Zwischenspeicher antworten; nichts senden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Cards as Text</source>
        <translation>Karten als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cards, one line each</source>
        <translation>Die ausgewählten Karten kopieren, je eine Zeile</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Cancel Search</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Search again, asking the network rather than the cache</source>
        <translation>Noch einmal suchen, im Netz statt im Zwischenspeicher</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene erneut versuchen</translation>
    </message>
    <message>
        <source>Look up again what failed, or what a cancel left unloaded</source>
        <translation>Erneut nachschlagen, was fehlschlug oder durch Abbruch ungeladen blieb</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show or hide the details of the current card</source>
        <translation>Die Details der aktuellen Karte zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Card &amp;Size</source>
        <translation>Karten&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Klein</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Groß</translation>
    </message>
    <message>
        <source>S&amp;ort By</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
    <message>
        <source>&amp;Filter Bar</source>
        <translation>&amp;Filterleiste</translation>
    </message>
    <message>
        <source>Show F&amp;orms</source>
        <translation>F&amp;ormen zeigen</translation>
    </message>
    <message>
        <source>Mega, Gigantamax, regional and other forms besides species</source>
        <translation>Mega-, Gigadynamax-, Regional- und andere Formen neben den Arten</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The Pokémon the details pane showed before</source>
        <translation>Das Pokémon, das die Details davor zeigten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Pokedex</source>
        <translation>&amp;Über Pokedex</translation>
    </message>
</context>
</TS>
