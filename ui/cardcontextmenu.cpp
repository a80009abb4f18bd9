#include "cardcontextmenu.h"

#include "cardtext.h"
#include "search/pokemonlistmodel.h"

#include <QClipboard>
#include <QGuiApplication>

CardContextMenu::CardContextMenu(const QModelIndex &card, QWidget *parent)
    : QMenu(parent)
    , m_card(card)
{
    using State = PokemonListModel::State;
    const auto state = card.data(PokemonListModel::StateRole).value<State>();

    m_open = addAction(tr("&Open"));
    m_open->setEnabled(state == State::Loaded); // only a found Pokémon has details
    setDefaultAction(m_open);
    connect(m_open, &QAction::triggered, this, [this] {
        if (m_card.isValid())
            Q_EMIT openRequested(m_card);
    });
    addSeparator();
    m_copyName = addAction(tr("Copy &Name"));
    connect(m_copyName, &QAction::triggered, this, [this] {
        if (m_card.isValid())
            QGuiApplication::clipboard()->setText(CardText::name(m_card));
    });
    m_copyText = addAction(tr("&Copy as Text"));
    connect(m_copyText, &QAction::triggered, this, [this] {
        if (m_card.isValid())
            QGuiApplication::clipboard()->setText(CardText::lines({ m_card }));
    });
    addSeparator();
    m_evolutionLine = addAction(tr("Search Its &Evolution Line"));
    m_evolutionLine->setEnabled(state == State::Loaded); // its species is known
    connect(m_evolutionLine, &QAction::triggered, this, [this] {
        if (m_card.isValid())
            Q_EMIT evolutionLineRequested(m_card);
    });
    if (state == State::Error || state == State::NotLoaded) {
        addSeparator();
        m_retry = addAction(state == State::Error ? tr("&Retry") : tr("&Load"));
        connect(m_retry, &QAction::triggered, this, [this] {
            if (m_card.isValid())
                Q_EMIT retryRequested(m_card);
        });
    }
}
