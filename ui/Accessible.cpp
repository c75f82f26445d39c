#include "Accessible.h"

#include <QLabel>

namespace Accessible {

QLabel *labelFor(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

} // namespace Accessible
