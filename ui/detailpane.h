#pragma once

#include "api/pokemon.h"
#include "api/pokemondetails.h"
#include "translatedwords.h"

#include <QFrame>
#include <optional>

class ArtworkBanner;
class CryControls;
class DetailPart;
class EvolutionTreeView;
class FlowLayout;
class MatchupView;
class QAbstractButton;
class PokedexTextView;
class QLabel;
class QScrollArea;
class SheetSections;
class SpriteCache;
class StatsView;

// Everything about one Pokémon, beside the card grid: artwork with a normal/shiny sprite,
// name, number, genus, types, flavour text, height and weight, abilities, base stats, type
// matchups, the evolution tree and the other forms. What the /pokemon answer holds shows at
// once; every other part fills in as it lands, with a skeleton until then and a Retry when
// it fails. Only a view: DetailPresenter feeds it.
class DetailPane : public QFrame
{
    Q_OBJECT
public:
    explicit DetailPane(SpriteCache *sprites, QWidget *parent = nullptr);

    // A new Pokémon: its own data shows at once, the species, matchups, evolution chain and
    // artwork start loading.
    void setPokemon(const Pokemon &pokemon);
    // A Pokémon opened by name (an evolution member, a form) while it is looked up.
    void setLookup(const QString &slug);
    void setSpecies(const SpeciesDetails &species);
    void setMatchups(const TypeMatchups &matchups);
    void setEvolution(const EvolutionNode &chain);
    void setArtwork(const QPixmap &artwork);
    void setPartFailed(DetailSection part, const QString &error);
    // A retry is under way: the failed parts show their skeleton again.
    void setFailedPartsLoading();

    Pokemon pokemon() const { return m_pokemon; }
    QString slug() const { return m_slug; }
    // What the pane shows, as text (for tests and accessibility).
    QString displayName() const;
    QString formName() const;
    QString numberText() const;
    QString genus() const;
    QString flavorText() const;
    QStringList types() const;
    QString heightText() const;
    QString weightText() const;
    QStringList abilities() const; // "Solar Power (hidden)"
    QStringList forms() const; // variety slugs offered
    QList<QAbstractButton *> formButtons() const;

    DetailPart *part(DetailSection section) const;
    ArtworkBanner *banner() const { return m_banner; }
    CryControls *cryControls() const { return m_cry; }
    StatsView *statsView() const { return m_stats; }
    MatchupView *matchupView() const { return m_matchups; }
    EvolutionTreeView *evolutionTree() const { return m_evolution; }
    // Abilities, breeding and training, moves, where to find it: fed by DetailPresenter.
    SheetSections *sheet() const { return m_sheet; }
    QAbstractButton *closeButton() const { return m_close; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // Shown while keyboard focus is in the pane.
    QWidget *focusFrame() const { return m_focusFrame; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void closeRequested();
    // An evolution member (species slug) or a form (pokemon slug) was clicked.
    void openRequested(const QString &slug);
    void retryRequested(DetailSection part);
    // A link in the pane asks for a search ("ability:static").
    void searchRequested(const QString &text);
    // Backspace: the Pokémon shown before this one.
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override; // LanguageChange: retranslate()

private:
    // The words, names and texts on show again in the display language, without a fetch.
    void retranslate();
    void showPokemon(); // m_pokemon's words: title, number, types, height, weight, abilities
    void showSpecies(); // m_species's: title, genus, Pokédex text, forms
    QWidget *buildIdentity();
    QWidget *buildProfile();
    QLabel *sectionTitle(const char *source); // source: marked with QT_TR_NOOP
    void setTitle(const QString &name, const QString &form);
    void setTypes(const QStringList &types);
    void setForms(const QList<SpeciesVariety> &varieties);

    TranslatedWords m_words { "DetailPane" };
    Pokemon m_pokemon;
    std::optional<SpeciesDetails> m_species; // of m_pokemon, once it came
    QString m_slug;
    QScrollArea *m_scroll;
    ArtworkBanner *m_banner;
    QLabel *m_name;
    QLabel *m_form;
    QLabel *m_number;
    CryControls *m_cry;
    QWidget *m_typeRow;
    FlowLayout *m_typeFlow;
    DetailPart *m_speciesPart;
    QLabel *m_genus;
    PokedexTextView *m_flavor;
    DetailPart *m_profilePart;
    QLabel *m_height;
    QLabel *m_weight;
    QLabel *m_abilities;
    QStringList m_abilityList;
    StatsView *m_stats;
    DetailPart *m_matchupsPart;
    MatchupView *m_matchups;
    DetailPart *m_evolutionPart;
    EvolutionTreeView *m_evolution;
    QLabel *m_formsTitle;
    QWidget *m_formsBox;
    FlowLayout *m_formsFlow;
    SheetSections *m_sheet;
    QAbstractButton *m_close;
    QWidget *m_focusFrame;
};
