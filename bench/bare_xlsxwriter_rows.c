/* The baseline for the customer .xlsx export benchmark: libxlsxwriter alone, in constant-memory mode, writing the
 * very cells our export writes. The cells come from a file sqlite3 prints with the exporter's own query (fields
 * separated by 0x1F, records by 0x1E, so no quoting to undo); every field is written as a string, as ours are, and
 * empty fields are left out, as ours are. Reading that file is a memchr per field, a small part of the time.
 * usage: bare-xlsxwriter-rows CELLS OUT.xlsx */
#include <xlsxwriter.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CELLS OUT.xlsx\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook ? workbook_add_worksheet(workbook, "Customers") : NULL;
    if (!sheet) {
        fprintf(stderr, "cannot start the workbook\n");
        return 1;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    char *record = NULL;
    size_t capacity = 0;
    ssize_t length;
    lxw_row_t row = 0;
    lxw_col_t columns = 0;
    while ((length = getdelim(&record, &capacity, '\x1e', in)) > 0) {
        if (record[length - 1] == '\x1e')
            record[--length] = '\0';
        if (length > 0 && record[length - 1] == '\n') /* sqlite3 may end the last record with a newline */
            record[--length] = '\0';
        if (length == 0)
            continue;
        lxw_col_t col = 0;
        for (char *field = record;; ++col) {
            char *end = memchr(field, '\x1f', (size_t)(record + length - field));
            if (end)
                *end = '\0';
            if (*field)
                worksheet_write_string(sheet, row, col, field, row == 0 ? bold : NULL);
            if (!end)
                break;
            field = end + 1;
        }
        if (col + 1 > columns)
            columns = col + 1;
        ++row;
    }
    free(record);
    fclose(in);
    if (row > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, row - 1, columns - 1);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "cannot write %s: %s\n", argv[2], lxw_strerror(error));
        return 1;
    }
    fprintf(stderr, "bare-xlsxwriter-rows: %u rows of %u columns\n", (unsigned)row, (unsigned)columns);
    return 0;
}
