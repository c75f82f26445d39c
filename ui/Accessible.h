#pragma once

#include <QString>

class QLabel;
class QWidget;

// Names for screen readers (NVDA, VoiceOver, Orca): a field without a form row of its own is named by the label
// shown beside it, as a form row's label names its field.
namespace Accessible {

// A label showing `text` that names `field` (its buddy). Without "&" in the text it gives no Alt letter.
QLabel *labelFor(const QString &text, QWidget *field);

} // namespace Accessible
