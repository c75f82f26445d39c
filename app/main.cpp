#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    if (!app.start())
        return 0;
    return app.exec();
}
