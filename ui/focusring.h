#pragma once

class QPainter;
class QPainterPath;
class QPalette;

// The one look of keyboard focus on the custom-drawn controls (cards, chips, the pane's
// buttons and the evolution tree): a 2 px ring in the highlight colour along `shape`.
namespace FocusRing {

void draw(QPainter *painter, const QPainterPath &shape, const QPalette &palette);

} // namespace FocusRing
