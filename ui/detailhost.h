#pragma once

#include <QByteArray>
#include <QWidget>

class DetailPane;
class QSplitter;

// Holds the card grid and the detail pane. With room for both, the pane sits beside the grid
// in a splitter (its width the person's to drag, and remembered); in a narrow window it opens
// over the right side of the grid instead, like a drawer, so the grid is never squeezed to a
// column or two.
class DetailHost : public QWidget
{
    Q_OBJECT
public:
    // Narrower than this, the pane opens over the grid.
    static constexpr int OverlayBelowWidth = 900;

    DetailHost(QWidget *grid, DetailPane *pane, QWidget *parent = nullptr);

    void openPane();
    void closePane();
    bool isPaneOpen() const { return m_open; }
    bool isOverlay() const { return m_overlay; }

    QSplitter *splitter() const { return m_splitter; }
    // The splitter's sizes, kept while the pane is over the grid.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void paneOpenChanged(bool open);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMode();
    void placeOverlay();

    QWidget *m_grid;
    DetailPane *m_pane;
    QSplitter *m_splitter;
    QWidget *m_shadow;
    QByteArray m_splitterState; // while the pane is over the grid
    bool m_open = false;
    bool m_overlay = false;
};
