/* The baseline for the .xlsx export benchmark: libxlsxwriter alone, in constant-memory mode, writing a header
 * and N rows of 10 columns (6 strings, Chinese among them, and 4 numbers), generated from the row number.
 * usage: bare-xlsxwriter N OUT.xlsx */
#include <xlsxwriter.h>

#include <stdio.h>
#include <stdlib.h>

static const char *const kCities[] = { "北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京" };
static const char *const kHeader[] = { "Name", "Contact", "Phone", "Email", "City",
                                       "Address", "Id", "Balance", "Orders", "Score" };

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s ROWS OUT.xlsx\n", argv[0]);
        return 2;
    }
    const long rows = strtol(argv[1], NULL, 10);
    lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook ? workbook_add_worksheet(workbook, "Customers") : NULL;
    if (!sheet) {
        fprintf(stderr, "cannot start the workbook\n");
        return 1;
    }
    for (lxw_col_t col = 0; col < 10; ++col)
        worksheet_write_string(sheet, 0, col, kHeader[col], NULL);

    char name[64], contact[32], phone[32], email[40], address[32];
    for (long i = 0; i < rows; ++i) {
        const lxw_row_t row = (lxw_row_t)(i + 1);
        snprintf(name, sizeof name, "客户%07ld有限公司", i);
        snprintf(contact, sizeof contact, "联系人%ld", i % 5000);
        snprintf(phone, sizeof phone, "138%08ld", i);
        snprintf(email, sizeof email, "user%ld@example.com", i);
        snprintf(address, sizeof address, "人民路%ld号", i % 999);
        worksheet_write_string(sheet, row, 0, name, NULL);
        worksheet_write_string(sheet, row, 1, contact, NULL);
        worksheet_write_string(sheet, row, 2, phone, NULL);
        worksheet_write_string(sheet, row, 3, email, NULL);
        worksheet_write_string(sheet, row, 4, kCities[i % 8], NULL);
        worksheet_write_string(sheet, row, 5, address, NULL);
        worksheet_write_number(sheet, row, 6, (double)i, NULL);
        worksheet_write_number(sheet, row, 7, (double)(i % 100000) / 100.0, NULL);
        worksheet_write_number(sheet, row, 8, (double)(i % 37), NULL);
        worksheet_write_number(sheet, row, 9, (double)(i * 7 % 1000) / 10.0, NULL);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "cannot write %s: %s\n", argv[2], lxw_strerror(error));
        return 1;
    }
    return 0;
}
