/*
 * Writes the consonant-cluster diphones of flite's cmu_us_kal16 voice ("s_-_t", "t_-_r", ...) in
 * the form dev.limber.speech.ClusterDiphones reads. flite says a consonant that is followed by
 * another consonant of the same syllable ("str" in "stretch", "st" in "rest") with these; FreeTTS's
 * copy of the same database lacks them. Built and run by scripts/kal16-clusters.
 *
 * The voice data is Carnegie Mellon University's (see the notice beside the resource). The structs
 * are flite 2.2's (include/cst_sts.h, include/cst_diphone.h), declared here so that no flite headers
 * are needed; only their layout matters.
 *
 * Output, big-endian: float coefficient minimum, float coefficient range, int channels, int count;
 * per diphone: short name length, name bytes, int samples in its first half, int in its second; per
 * sample: channels unsigned shorts (the LPC frame, flite's quantisation), int residual size and
 * that many mu-law residual bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    unsigned short start_pm;
    unsigned char pb_pm;
    unsigned char end_pm;
} diphone_entry;

typedef struct {
    const void *sts, *sts_paged;
    const unsigned short *frames;
    const unsigned char *residuals;
    const unsigned int *resoffs;
    const unsigned char *ressizes;
    int num_sts, num_channels, sample_rate;
    float coeff_min, coeff_range;
    const char *codec;
} sts_list;

typedef struct {
    const char *name;
    int num_entries;
    const diphone_entry *diphones;
    const sts_list *sts;
} diphone_db;

extern diphone_db cmu_us_kal16_db;

static void put32(FILE *f, uint32_t v) {
    fputc(v >> 24, f); fputc(v >> 16, f); fputc(v >> 8, f); fputc(v, f);
}

static void put16(FILE *f, unsigned v) {
    fputc(v >> 8, f); fputc(v, f);
}

static void put_float(FILE *f, float x) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    put32(f, bits);
}

static int is_cluster(const diphone_entry *e) { return strstr(e->name, "_-_") != NULL; }

int main(int argc, char **argv) {
    const diphone_db *db = &cmu_us_kal16_db;
    const sts_list *s = db->sts;
    if (argc != 2 || s->sts || s->sts_paged || s->ressizes || s->codec) {
        fprintf(stderr, "usage: kal16-clusters OUT (and a flite whose kal16 keeps plain mu-law arrays)\n");
        return 64;
    }
    FILE *out = fopen(argv[1], "wb");
    if (!out) { perror(argv[1]); return 73; }
    int count = 0;
    for (int i = 0; i < db->num_entries; i++) count += is_cluster(&db->diphones[i]);
    put_float(out, s->coeff_min);
    put_float(out, s->coeff_range);
    put32(out, s->num_channels);
    put32(out, count);
    for (int i = 0; i < db->num_entries; i++) {
        const diphone_entry *e = &db->diphones[i];
        if (!is_cluster(e)) continue;
        put16(out, strlen(e->name));
        fputs(e->name, out);
        put32(out, e->pb_pm);
        put32(out, e->end_pm);
        for (int p = e->start_pm; p < e->start_pm + e->pb_pm + e->end_pm; p++) {
            for (int k = 0; k < s->num_channels; k++) put16(out, s->frames[p * s->num_channels + k]);
            /* the voice compiler stores one offset more than there are frames */
            unsigned size = s->resoffs[p + 1] - s->resoffs[p];
            put32(out, size);
            fwrite(s->residuals + s->resoffs[p], 1, size, out);
        }
    }
    return fclose(out) == 0 ? 0 : 74;
}
