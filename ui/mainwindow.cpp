#include "mainwindow.h"

MainWindow::MainWindow(SearchController *, PokeApiClient *, QWidget *parent)
    : QMainWindow(parent)
{
}
