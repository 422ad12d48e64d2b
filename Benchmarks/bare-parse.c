/* The floor comply is measured against: walk the folders given, and pull every libyaml event of
   every .yaml/.yml file, doing nothing with them.  Build: cc -O2 bare-parse.c $(pkg-config --cflags --libs yaml-0.1) */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static long events = 0, files = 0;

static void parse_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *buffer = malloc(size > 0 ? size : 1);
  size_t n = fread(buffer, 1, size, f);
  fclose(f);
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, buffer, n);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) break;
    int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    events++;
    if (done) break;
  }
  yaml_parser_delete(&parser);
  free(buffer);
  files++;
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void walk(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return;
  if (S_ISDIR(st.st_mode)) {
    struct dirent **names;
    int count = scandir(path, &names, NULL, alphasort);
    for (int i = 0; i < count; i++) {
      if (names[i]->d_name[0] != '.') {
        char child[4096];
        snprintf(child, sizeof child, "%s/%s", path, names[i]->d_name);
        walk(child);
      }
      free(names[i]);
    }
    free(names);
  } else if (ends_with(path, ".yaml") || ends_with(path, ".yml")) {
    parse_file(path);
  }
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) walk(argv[i]);
  printf("%ld files, %ld events\n", files, events);
  return 0;
}
