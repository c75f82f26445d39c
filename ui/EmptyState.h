#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QWidget;

// A sentence in the middle of an empty list or chart saying why it is empty and what to do next ("No customers
// yet. Add one with New customer… (Ctrl+N), or bring a list in with File › Import…"), so that a new book's pages
// are not bare grids.
namespace EmptyState {

// Shows the sentence over `view` whenever its model has no rows. `text` is asked each time the list becomes empty,
// so it can depend on the filters ("No customer matches…"). Call once the view has its model.
void attach(QAbstractItemView *view, std::function<QString()> text);

// Shows `text` over `widget` (a chart), or nothing with an empty text.
void show(QWidget *widget, const QString &text);

// The sentence shown over `widget` or its viewport, or an empty string when none is shown (for tests).
QString shownOver(const QWidget *widget);

} // namespace EmptyState
