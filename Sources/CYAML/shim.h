#ifndef COMPLY_CYAML_SHIM_H
#define COMPLY_CYAML_SHIM_H
#include <yaml.h>
#endif
