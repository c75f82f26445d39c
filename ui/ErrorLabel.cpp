#include "ErrorLabel.h"
#include "Appearance.h"

#include <QLabel>

QString errorColor()
{
    return Appearance::errorText().name();
}

QLabel *makeErrorLabel(const QString &objectName)
{
    auto label = new QLabel;
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor()));
    label->setWordWrap(true);
    return label;
}
