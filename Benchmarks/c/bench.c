/* bench-c <workload>: the floor for each NodeLoop workload, written directly on libuv with the
 * data structures Node itself uses, built with gcc -O2. Like the Swift and JS programs, it runs
 * a warm-up with a tenth of the operations, then the measured run, and prints one result line
 * for ../run.py.
 *
 * What stands in for Node's structures:
 *   nextTick and microtasks  growable rings of (function, argument) drained after the script,
 *                            ticks first, as Node's processTicksAndRejections and V8's queue
 *   immediates               a linked list of malloc'd entries; one check handle detaches and
 *                            runs it, one idle handle keeps poll from blocking while it is
 *                            non-empty (Node's processImmediate)
 *   promises                 a three-state cell with a list of reactions; each reaction runs
 *                            as its own microtask and settles a derived promise (V8's
 *                            PromiseReactionJob); settled promises are not freed (a GC would)
 *   timers                   lib/internal/timers.js: one linked list per duration, a binary
 *                            heap of lists by (expiry, id), one uv_timer_t driving them
 *   fs                       one malloc'd uv_fs_t per request; readFile as Node's
 *                            ReadFileContext: open, fstat, read in 512 KiB chunks, close
 *   worker ports             Node's MessagePort: a mutex-guarded message list and a uv_async_t
 *                            on the receiving thread's own loop
 *   TCP sockets              Node's StreamBase: every read into a fresh allocation of the size
 *                            libuv suggests, shrunk to what was read; every write tries
 *                            uv_try_write first, then one malloc'd uv_write_t for the rest; a
 *                            bulk sender keeps one 64 KiB write in flight, all that Node's
 *                            16 KiB highWaterMark lets through before write() returns false
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <uv.h>

static uv_loop_t *loop;
static const char *data_directory = "/tmp/nodeloop-bench";

static void fail(const char *what, int status) {
    printf("bench-c: %s: %s\n", what, status < 0 ? uv_strerror(status) : "failed");
    exit(1);
}

static void *checked_malloc(size_t size) {
    void *memory = malloc(size);
    if (memory == NULL) fail("malloc", 0);
    return memory;
}

/* ---- Stopwatch ------------------------------------------------------------------------- */

enum metric { METRIC_WALL, METRIC_WALL_MINUS_1MS, METRIC_CPU };

typedef struct {
    enum metric metric;
    int ops;
    double wall_start, cpu_start;
    double ns_per_op;
    int stopped;
} stopwatch;

static double wall_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static double cpu_ns(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e9 +
           (double)(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e3;
}

/* Linux's VmHWM: ru_maxrss keeps the parent's figure across fork and exec (a Python runner's
 * 16 MiB would show). */
static long peak_rss_kib(void) {
    FILE *status = fopen("/proc/self/status", "r");
    if (status != NULL) {
        char line[256];
        long kib = -1;
        while (fgets(line, sizeof line, status) != NULL)
            if (sscanf(line, "VmHWM: %ld", &kib) == 1) break;
        fclose(status);
        if (kib >= 0) return kib;
    }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

static void stopwatch_restart(stopwatch *sw) {
    sw->wall_start = wall_ns();
    sw->cpu_start = cpu_ns();
}

static void stopwatch_stop(stopwatch *sw) {
    double elapsed;
    switch (sw->metric) {
    case METRIC_CPU: elapsed = cpu_ns() - sw->cpu_start; break;
    case METRIC_WALL_MINUS_1MS: elapsed = wall_ns() - sw->wall_start - 1e6; break;
    default: elapsed = wall_ns() - sw->wall_start; break;
    }
    sw->ns_per_op = elapsed / sw->ops;
    sw->stopped = 1;
}

/* ---- Microtasks: nextTick queue and promise jobs --------------------------------------- */

typedef void (*task_fn)(void *arg);
typedef struct { task_fn fn; void *arg; } task;
typedef struct { task *items; size_t capacity, head, count; } task_ring;

static task_ring ticks, jobs;

static void ring_push(task_ring *ring, task_fn fn, void *arg) {
    if (ring->count == ring->capacity) {
        size_t capacity = ring->capacity ? ring->capacity * 2 : 1024;
        task *items = checked_malloc(capacity * sizeof(task));
        for (size_t i = 0; i < ring->count; i++)
            items[i] = ring->items[(ring->head + i) & (ring->capacity - 1)];
        free(ring->items);
        ring->items = items;
        ring->capacity = capacity;
        ring->head = 0;
    }
    ring->items[(ring->head + ring->count) & (ring->capacity - 1)] = (task){fn, arg};
    ring->count++;
}

static int ring_shift(task_ring *ring, task *out) {
    if (ring->count == 0) return 0;
    *out = ring->items[ring->head];
    ring->head = (ring->head + 1) & (ring->capacity - 1);
    ring->count--;
    return 1;
}

/* Every tick (including those queued meanwhile), then every job, while any remain. */
static void drain_microtasks(void) {
    task t;
    do {
        while (ring_shift(&ticks, &t)) t.fn(t.arg);
        while (ring_shift(&jobs, &t)) t.fn(t.arg);
    } while (ticks.count > 0);
}

/* ---- Promises ------------------------------------------------------------------------- */

typedef intptr_t (*reaction_fn)(void *context, intptr_t value);
typedef struct promise promise;
typedef struct reaction {
    struct reaction *next;
    reaction_fn handler;
    void *context;
    promise *derived;
    intptr_t argument;
} reaction;
struct promise {
    int settled;
    intptr_t value;
    reaction *head, *tail;
};

static void reaction_job(void *arg) {
    reaction *r = arg;
    intptr_t result = r->handler(r->context, r->argument);
    promise *derived = r->derived;
    free(r);
    derived->settled = 1;
    derived->value = result;
    reaction *next;
    for (reaction *each = derived->head; each != NULL; each = next) {
        next = each->next;
        each->argument = result;
        ring_push(&jobs, reaction_job, each);
    }
    derived->head = derived->tail = NULL;
}

static promise *promise_resolved(intptr_t value) {
    promise *p = checked_malloc(sizeof(promise));
    *p = (promise){.settled = 1, .value = value};
    return p;
}

static promise *promise_then(promise *p, reaction_fn handler, void *context) {
    promise *derived = checked_malloc(sizeof(promise));
    *derived = (promise){0};
    reaction *r = checked_malloc(sizeof(reaction));
    *r = (reaction){.handler = handler, .context = context, .derived = derived};
    if (p->settled) {
        r->argument = p->value;
        ring_push(&jobs, reaction_job, r);
    } else if (p->tail) {
        p->tail->next = r;
        p->tail = r;
    } else {
        p->head = p->tail = r;
    }
    return derived;
}

/* Settles a pending promise (what Promise.all's resolve function does). */
static void promise_fulfil(promise *p, intptr_t value) {
    p->settled = 1;
    p->value = value;
    for (reaction *each = p->head; each != NULL; each = each->next) each->argument = value;
    reaction *next;
    for (reaction *each = p->head; each != NULL; each = next) {
        next = each->next;
        ring_push(&jobs, reaction_job, each);
    }
    p->head = p->tail = NULL;
}

/* ---- Immediates ------------------------------------------------------------------------ */

typedef struct immediate { struct immediate *next; task_fn fn; void *arg; } immediate;
static immediate *immediate_head, *immediate_tail;
static uv_check_t immediate_check;
static uv_idle_t immediate_idle;

static void idle_noop(uv_idle_t *handle) { (void)handle; }

static void set_immediate(task_fn fn, void *arg) {
    immediate *entry = checked_malloc(sizeof(immediate));
    *entry = (immediate){.fn = fn, .arg = arg};
    if (immediate_tail) immediate_tail->next = entry; else immediate_head = entry;
    immediate_tail = entry;
    if (!uv_is_active((uv_handle_t *)&immediate_idle)) uv_idle_start(&immediate_idle, idle_noop);
}

static void process_immediates(uv_check_t *handle) {
    (void)handle;
    immediate *entry = immediate_head, *next;
    immediate_head = immediate_tail = NULL;
    for (; entry != NULL; entry = next) {
        next = entry->next;
        entry->fn(entry->arg);
        free(entry);
        drain_microtasks();
    }
    if (immediate_head == NULL) uv_idle_stop(&immediate_idle);
}

/* ---- Timers --------------------------------------------------------------------------- */

#define MAX_TIMER_MSECS 1000 /* lists by duration: a direct table where Node uses an object */

typedef struct timer { struct timer *prev, *next; uint64_t start; task_fn fn; void *arg; } timer;
typedef struct { timer anchor; uint64_t msecs, expiry, id; } timer_list;

static timer_list *lists[MAX_TIMER_MSECS + 1];
static timer_list **heap; /* 1-based binary heap by (expiry, id) */
static size_t heap_count, heap_capacity;
static uint64_t next_list_id = 1;
static uv_timer_t timer_handle;

static int list_before(const timer_list *a, const timer_list *b) {
    return a->expiry < b->expiry || (a->expiry == b->expiry && a->id < b->id);
}

static void heap_sift_up(size_t i) {
    timer_list *item = heap[i];
    while (i > 1 && list_before(item, heap[i / 2])) { heap[i] = heap[i / 2]; i /= 2; }
    heap[i] = item;
}

static void heap_sift_down(size_t i) {
    timer_list *item = heap[i];
    for (;;) {
        size_t child = i * 2;
        if (child > heap_count) break;
        if (child + 1 <= heap_count && list_before(heap[child + 1], heap[child])) child++;
        if (!list_before(heap[child], item)) break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = item;
}

static void heap_push(timer_list *list) {
    if (heap_count + 1 >= heap_capacity) {
        heap_capacity = heap_capacity ? heap_capacity * 2 : 64;
        heap = realloc(heap, heap_capacity * sizeof(timer_list *));
        if (heap == NULL) fail("realloc", 0);
    }
    heap[++heap_count] = list;
    heap_sift_up(heap_count);
}

static void heap_shift(void) {
    heap[1] = heap[heap_count--];
    if (heap_count > 0) heap_sift_down(1);
}

static void process_timers(uv_timer_t *handle);

static void set_timeout(task_fn fn, void *arg, uint64_t msecs) {
    if (msecs < 1 || msecs > MAX_TIMER_MSECS) fail("set_timeout: delay out of range", 0);
    timer *t = checked_malloc(sizeof(timer));
    *t = (timer){.start = uv_now(loop), .fn = fn, .arg = arg};
    timer_list *list = lists[msecs];
    if (list == NULL) {
        list = checked_malloc(sizeof(timer_list));
        *list = (timer_list){.msecs = msecs, .expiry = t->start + msecs, .id = next_list_id++};
        list->anchor.prev = list->anchor.next = &list->anchor;
        lists[msecs] = list;
        int first = heap_count == 0 || list->expiry < heap[1]->expiry;
        heap_push(list);
        if (first) uv_timer_start(&timer_handle, process_timers, msecs, 0);
    }
    t->prev = list->anchor.prev;
    t->next = &list->anchor;
    list->anchor.prev->next = t;
    list->anchor.prev = t;
}

/* Runs the list's due timers; re-files the list for its next timer, or drops it when empty. */
static void list_on_timeout(timer_list *list, uint64_t now) {
    timer *t;
    while ((t = list->anchor.next) != &list->anchor) {
        if (now - t->start < list->msecs) {
            uint64_t expiry = t->start + list->msecs;
            list->expiry = expiry > now + 1 ? expiry : now + 1;
            list->id = next_list_id++;
            heap_sift_down(1);
            return;
        }
        t->prev->next = t->next;
        t->next->prev = t->prev;
        t->fn(t->arg);
        free(t);
        drain_microtasks();
    }
    lists[list->msecs] = NULL;
    heap_shift();
    free(list);
}

static void process_timers(uv_timer_t *handle) {
    (void)handle;
    uint64_t now = uv_now(loop);
    while (heap_count > 0) {
        timer_list *list = heap[1];
        if (list->expiry > now) {
            uv_timer_start(&timer_handle, process_timers, list->expiry - now, 0);
            return;
        }
        list_on_timeout(list, now);
    }
}

/* ---- Keeping n requests in flight ------------------------------------------------------ */

typedef void (*issue_fn)(int index);
static int flight_ops, flight_issued, flight_completed;
static issue_fn flight_issue;
static stopwatch *flight_stopwatch;

static void flight_next(void) { flight_issue(flight_issued++); }

static void keep_in_flight(int ops, int limit, stopwatch *sw, issue_fn issue) {
    flight_ops = ops;
    flight_issued = flight_completed = 0;
    flight_issue = issue;
    flight_stopwatch = sw;
    for (int i = 0; i < limit && i < ops; i++) flight_next();
}

static void flight_completed_one(void) {
    if (++flight_completed == flight_ops) stopwatch_stop(flight_stopwatch);
    else if (flight_issued < flight_ops) flight_next();
}

/* ---- Workloads ------------------------------------------------------------------------- */

static int count, target;
static stopwatch *current;

static void count_up(void *arg) {
    (void)arg;
    if (++count == target) stopwatch_stop(current);
}

static void immediate_breadth(int ops, stopwatch *sw) {
    for (int i = 0; i < ops; i++) set_immediate(count_up, NULL);
}

static void immediate_step(void *arg) {
    if (++count < target) set_immediate(immediate_step, arg); else stopwatch_stop(current);
}

static void immediate_depth(int ops, stopwatch *sw) { set_immediate(immediate_step, NULL); }

static void tick_step(void *arg) {
    if (++count < target) ring_push(&ticks, tick_step, arg); else stopwatch_stop(current);
}

static void nexttick_depth(int ops, stopwatch *sw) {
    ring_push(&ticks, tick_step, NULL);
    drain_microtasks();
}

static intptr_t add_one(void *context, intptr_t value) { (void)context; return value + 1; }
static intptr_t stop_current(void *context, intptr_t value) { stopwatch_stop(current); return value; }
static intptr_t count_reaction(void *context, intptr_t value) { count_up(NULL); return value; }

static void promise_chain(int ops, stopwatch *sw) {
    promise *p = promise_resolved(0);
    for (int i = 0; i < ops; i++) p = promise_then(p, add_one, NULL);
    promise_then(p, stop_current, NULL);
    drain_microtasks();
}

static void promise_breadth(int ops, stopwatch *sw) {
    for (int i = 0; i < ops; i++) promise_then(promise_resolved(0), count_reaction, NULL);
    drain_microtasks();
}

/* Promise.all as V8 builds it: a resolve-element function (here a context) per element, a
 * values array and a count of the elements still pending, which starts at one more than the
 * number of elements and loses that one after the loop. */
typedef struct { intptr_t *values; size_t remaining; promise *result; } all_state;
typedef struct { all_state *state; size_t index; } all_element;

static intptr_t all_resolve_element(void *context, intptr_t value) {
    all_element *element = context;
    all_state *state = element->state;
    state->values[element->index] = value;
    free(element);
    if (--state->remaining == 0) promise_fulfil(state->result, (intptr_t)state->values);
    return 0;
}

static void promise_all(int ops, stopwatch *sw) {
    promise **inputs = checked_malloc(ops * sizeof(promise *));
    for (int i = 0; i < ops; i++) inputs[i] = promise_resolved(i);
    all_state *state = checked_malloc(sizeof(all_state));
    promise *result = checked_malloc(sizeof(promise));
    *result = (promise){0};
    *state = (all_state){.values = checked_malloc(ops * sizeof(intptr_t)), .remaining = 1, .result = result};
    for (int i = 0; i < ops; i++) {
        all_element *element = checked_malloc(sizeof(all_element));
        *element = (all_element){state, (size_t)i};
        state->remaining++;
        promise_then(inputs[i], all_resolve_element, element);
    }
    if (--state->remaining == 0) promise_fulfil(result, (intptr_t)state->values);
    promise_then(result, stop_current, NULL);
    free(inputs);
    drain_microtasks();
}

static void timers_breadth(int ops, stopwatch *sw) {
    for (int i = 0; i < ops; i++) set_timeout(count_up, NULL, 1);
}

static uint32_t xorshift32(uint32_t *state) {
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

static void timers_random(int ops, stopwatch *sw) {
    uint32_t random = 42;
    for (int i = 0; i < ops; i++) set_timeout(count_up, NULL, 1 + xorshift32(&random) % 100);
}

static char path_buffer[4096];

static void stat_done(uv_fs_t *req) {
    if (req->result < 0) fail("stat", (int)req->result);
    uv_fs_req_cleanup(req);
    free(req);
    flight_completed_one();
}

static void issue_stat(int index) {
    (void)index;
    uv_fs_t *req = checked_malloc(sizeof(uv_fs_t));
    int status = uv_fs_stat(loop, req, path_buffer, stat_done);
    if (status < 0) fail("uv_fs_stat", status);
}

static void threadpool_stat(int ops, stopwatch *sw) {
    snprintf(path_buffer, sizeof path_buffer, "%s/stat-target", data_directory);
    keep_in_flight(ops, 64, sw, issue_stat);
}

static void empty_work(uv_work_t *req) { (void)req; }

static void work_done(uv_work_t *req, int status) {
    if (status < 0) fail("work", status);
    free(req);
    flight_completed_one();
}

static void issue_work(int index) {
    (void)index;
    uv_work_t *req = checked_malloc(sizeof(uv_work_t));
    int status = uv_queue_work(loop, req, empty_work, work_done);
    if (status < 0) fail("uv_queue_work", status);
}

static void threadpool_work(int ops, stopwatch *sw) { keep_in_flight(ops, 64, sw, issue_work); }

/* Node's ReadFileContext: open, fstat, reads of at most 512 KiB into a buffer of the file's
 * size until it is full, close. */
#define READ_CHUNK (512 * 1024)

typedef struct {
    uv_fs_t req;
    uv_file fd;
    char *buffer;
    size_t size, position;
    void (*completed)(void);
} read_file_context;

static void read_file_closed(uv_fs_t *req);
static void read_file_read(uv_fs_t *req);

static void read_file_next(read_file_context *context) {
    size_t length = context->size - context->position;
    uv_buf_t buf = uv_buf_init(context->buffer + context->position, length < READ_CHUNK ? length : READ_CHUNK);
    int status = uv_fs_read(loop, &context->req, context->fd, &buf, 1, -1, read_file_read);
    if (status < 0) fail("uv_fs_read", status);
}

static void read_file_close(read_file_context *context) {
    int status = uv_fs_close(loop, &context->req, context->fd, read_file_closed);
    if (status < 0) fail("uv_fs_close", status);
}

static void read_file_read(uv_fs_t *req) {
    read_file_context *context = req->data;
    if (req->result < 0) fail("read", (int)req->result);
    context->position += (size_t)req->result;
    uv_fs_req_cleanup(req);
    req->data = context;
    if (req->result == 0 || context->position == context->size) read_file_close(context);
    else read_file_next(context);
}

static void read_file_stat(uv_fs_t *req) {
    read_file_context *context = req->data;
    if (req->result < 0) fail("fstat", (int)req->result);
    context->size = req->statbuf.st_size;
    context->buffer = checked_malloc(context->size ? context->size : 1);
    uv_fs_req_cleanup(req);
    req->data = context;
    read_file_next(context);
}

static void read_file_opened(uv_fs_t *req) {
    read_file_context *context = req->data;
    if (req->result < 0) fail("open", (int)req->result);
    context->fd = (uv_file)req->result;
    uv_fs_req_cleanup(req);
    req->data = context;
    int status = uv_fs_fstat(loop, req, context->fd, read_file_stat);
    if (status < 0) fail("uv_fs_fstat", status);
}

static void read_file_closed(uv_fs_t *req) {
    read_file_context *context = req->data;
    uv_fs_req_cleanup(req);
    void (*completed)(void) = context->completed;
    free(context->buffer);
    free(context);
    completed();
}

static void read_file(const char *path, void (*completed)(void)) {
    read_file_context *context = checked_malloc(sizeof(read_file_context));
    *context = (read_file_context){.completed = completed};
    context->req.data = context;
    int status = uv_fs_open(loop, &context->req, path, UV_FS_O_RDONLY, 0666, read_file_opened);
    if (status < 0) fail("uv_fs_open", status);
}

static void issue_read_small(int index) {
    char path[4096];
    snprintf(path, sizeof path, "%s/small/%d", data_directory, index % 1000);
    read_file(path, flight_completed_one);
}

static void readfile_small(int ops, stopwatch *sw) { keep_in_flight(ops, 64, sw, issue_read_small); }

static void stop_current_void(void) { stopwatch_stop(current); }

static void readfile_big(int ops, stopwatch *sw) {
    snprintf(path_buffer, sizeof path_buffer, "%s/big", data_directory);
    read_file(path_buffer, stop_current_void);
}

/* worker-pingpong: two loops, each receiving through a port as Node's MessagePort does. */
typedef struct message { struct message *next; intptr_t value; } message;
typedef struct {
    uv_async_t async;
    uv_mutex_t mutex;
    message *head, *tail;
    void (*on_message)(intptr_t value);
} port;

static port main_port, worker_port;
static uv_sem_t worker_online;
static uv_loop_t worker_loop;
static const intptr_t STOP = -2;

static void port_post(port *to, intptr_t value) {
    message *m = checked_malloc(sizeof(message));
    *m = (message){.value = value};
    uv_mutex_lock(&to->mutex);
    if (to->tail) to->tail->next = m; else to->head = m;
    to->tail = m;
    uv_mutex_unlock(&to->mutex);
    uv_async_send(&to->async);
}

static void port_receive(uv_async_t *handle) {
    port *p = handle->data;
    uv_mutex_lock(&p->mutex);
    message *m = p->head, *next;
    p->head = p->tail = NULL;
    uv_mutex_unlock(&p->mutex);
    for (; m != NULL; m = next) {
        next = m->next;
        p->on_message(m->value);
        free(m);
    }
}

static void port_open(port *p, uv_loop_t *on, void (*on_message)(intptr_t)) {
    *p = (port){.on_message = on_message};
    uv_mutex_init(&p->mutex);
    uv_async_init(on, &p->async, port_receive);
    p->async.data = p;
}

static void port_close(port *p) {
    uv_close((uv_handle_t *)&p->async, NULL);
}

static void worker_echo(intptr_t value) {
    if (value == STOP) port_close(&worker_port); else port_post(&main_port, value);
}

static void worker_main(void *arg) {
    (void)arg;
    uv_loop_init(&worker_loop);
    port_open(&worker_port, &worker_loop, worker_echo);
    uv_sem_post(&worker_online);
    uv_run(&worker_loop, UV_RUN_DEFAULT);
    uv_mutex_destroy(&worker_port.mutex);
    uv_loop_close(&worker_loop);
}

static int pongs_received;
static uv_thread_t worker_thread;

static void main_on_pong(intptr_t value) {
    (void)value;
    pongs_received++;
    if (pongs_received == 0) stopwatch_restart(current);
    if (pongs_received < target) {
        port_post(&worker_port, pongs_received);
    } else {
        stopwatch_stop(current);
        port_post(&worker_port, STOP);
        port_close(&main_port);
    }
}

static void worker_pingpong(int ops, stopwatch *sw) {
    pongs_received = -1;
    uv_sem_init(&worker_online, 0);
    port_open(&main_port, loop, main_on_pong);
    if (uv_thread_create(&worker_thread, worker_main, NULL) != 0) fail("uv_thread_create", 0);
    uv_sem_wait(&worker_online);
    port_post(&worker_port, -1);
}

static void worker_pingpong_join(void) {
    uv_thread_join(&worker_thread);
    uv_mutex_destroy(&main_port.mutex);
    uv_sem_destroy(&worker_online);
}

/* ---- TCP: Node's StreamBase over a uv_tcp_t -------------------------------------------- */

typedef struct tcp_connection tcp_connection;
/* A chunk read from the connection; the function owns it (frees it, or hands it on). */
typedef void (*chunk_fn)(tcp_connection *c, char *chunk, size_t length);

struct tcp_connection {
    uv_tcp_t tcp; /* first: libuv's handle pointer is the connection's */
    uv_connect_t connect;
    chunk_fn on_chunk;
    size_t received;
};

typedef struct {
    uv_write_t req;
    char *owned; /* freed once written; NULL for data the caller keeps */
    void (*after)(tcp_connection *c);
} write_request;

static uv_tcp_t tcp_server;
static void (*tcp_accepted_chunk)(tcp_connection *c, char *chunk, size_t length);

static void tcp_closed(uv_handle_t *handle) { free(handle); }

static void tcp_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buf) {
    *buf = uv_buf_init(checked_malloc(suggested), (unsigned)suggested);
}

/* A chunk becomes an allocation of its own size, as Node resizes the read's buffer; EOF closes
 * the connection (neither side allows half-open connections). */
static void tcp_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    tcp_connection *c = (tcp_connection *)stream;
    if (nread > 0) {
        char *chunk = realloc(buf->base, (size_t)nread);
        if (chunk == NULL) fail("realloc", 0);
        c->on_chunk(c, chunk, (size_t)nread);
        return;
    }
    free(buf->base);
    if (nread == UV_EOF) uv_close((uv_handle_t *)stream, tcp_closed);
    else if (nread < 0) fail("read", (int)nread);
}

static void tcp_start_reading(tcp_connection *c, chunk_fn on_chunk) {
    c->on_chunk = on_chunk;
    int status = uv_read_start((uv_stream_t *)&c->tcp, tcp_alloc, tcp_read);
    if (status < 0) fail("uv_read_start", status);
}

static void tcp_written(uv_write_t *req, int status) {
    write_request *w = (write_request *)req;
    if (status < 0) fail("write", status);
    tcp_connection *c = (tcp_connection *)req->handle;
    void (*after)(tcp_connection *) = w->after;
    free(w->owned);
    free(w);
    if (after != NULL) after(c);
}

/* Returns 1 when the socket took every byte at once (`owned` is freed), 0 when a write
 * request carries the rest (`after` runs once it completes). */
static int tcp_write(tcp_connection *c, char *data, size_t length, char *owned, void (*after)(tcp_connection *c)) {
    uv_buf_t buf = uv_buf_init(data, (unsigned)length);
    int taken = uv_try_write((uv_stream_t *)&c->tcp, &buf, 1);
    if (taken == (int)length) {
        free(owned);
        return 1;
    }
    if (taken < 0 && taken != UV_EAGAIN) fail("uv_try_write", taken);
    if (taken > 0) buf = uv_buf_init(data + taken, (unsigned)(length - (size_t)taken));
    write_request *w = checked_malloc(sizeof(write_request));
    *w = (write_request){.owned = owned, .after = after};
    int status = uv_write(&w->req, (uv_stream_t *)&c->tcp, &buf, 1, tcp_written);
    if (status < 0) fail("uv_write", status);
    return 0;
}

static void tcp_shutdown_done(uv_shutdown_t *req, int status) { free(req); }

/* Ends the writing side after the writes before (Node's end()); the other side's EOF follows. */
static void tcp_end(tcp_connection *c) {
    uv_shutdown_t *req = checked_malloc(sizeof(uv_shutdown_t));
    int status = uv_shutdown(req, (uv_stream_t *)&c->tcp, tcp_shutdown_done);
    if (status < 0) fail("uv_shutdown", status);
}

static void tcp_on_connection(uv_stream_t *server, int status) {
    if (status < 0) fail("connection", status);
    tcp_connection *c = checked_malloc(sizeof(tcp_connection));
    *c = (tcp_connection){0};
    uv_tcp_init(loop, &c->tcp);
    if ((status = uv_accept(server, (uv_stream_t *)&c->tcp)) < 0) fail("uv_accept", status);
    tcp_start_reading(c, tcp_accepted_chunk);
}

/* Listens on 127.0.0.1 at a port the system picks; each accepted connection's chunks go to
 * on_chunk. Returns the port. */
static int tcp_listen(chunk_fn on_chunk) {
    struct sockaddr_in address;
    uv_ip4_addr("127.0.0.1", 0, &address);
    tcp_accepted_chunk = on_chunk;
    uv_tcp_init(loop, &tcp_server);
    int status = uv_tcp_bind(&tcp_server, (const struct sockaddr *)&address, 0);
    if (status == 0) status = uv_listen((uv_stream_t *)&tcp_server, 511, tcp_on_connection);
    if (status < 0) fail("listen", status);
    int length = sizeof address;
    uv_tcp_getsockname(&tcp_server, (struct sockaddr *)&address, &length);
    return ntohs(address.sin_port);
}

static void tcp_stop_listening(void) { uv_close((uv_handle_t *)&tcp_server, NULL); }

static tcp_connection *tcp_connect(int port, uv_connect_cb connected) {
    struct sockaddr_in address;
    uv_ip4_addr("127.0.0.1", port, &address);
    tcp_connection *c = checked_malloc(sizeof(tcp_connection));
    *c = (tcp_connection){0};
    uv_tcp_init(loop, &c->tcp);
    int status = uv_tcp_connect(&c->connect, &c->tcp, (const struct sockaddr *)&address, connected);
    if (status < 0) fail("uv_tcp_connect", status);
    return c;
}

/* tcp-echo-1 and tcp-echo-64: each client sends a 64-byte message, waits for all of it to come
 * back, and sends the next while fewer than ops have been sent. */
#define ECHO_MESSAGE 64
#define MAX_CONNECTIONS 64

static char echo_message[ECHO_MESSAGE];
static tcp_connection *echo_clients[MAX_CONNECTIONS];
static int echo_connections, echo_connected, echo_issued;

static void echo_back(tcp_connection *c, char *chunk, size_t length) { tcp_write(c, chunk, length, chunk, NULL); }

static void echo_issue(tcp_connection *c) {
    echo_issued++;
    tcp_write(c, echo_message, ECHO_MESSAGE, NULL, NULL);
}

static void echo_reply(tcp_connection *c, char *chunk, size_t length) {
    free(chunk);
    c->received += length;
    if (c->received < ECHO_MESSAGE) return;
    c->received -= ECHO_MESSAGE;
    if (++count == target) {
        stopwatch_stop(current);
        for (int i = 0; i < echo_connections; i++) tcp_end(echo_clients[i]);
        tcp_stop_listening();
    } else if (echo_issued < target) {
        echo_issue(c);
    }
}

static void echo_connected_one(uv_connect_t *req, int status) {
    if (status < 0) fail("connect", status);
    tcp_start_reading((tcp_connection *)req->handle, echo_reply);
    if (++echo_connected < echo_connections) return;
    stopwatch_restart(current);
    for (int i = 0; i < echo_connections && echo_issued < target; i++) echo_issue(echo_clients[i]);
}

static void echo_round_trips(int connections) {
    memset(echo_message, 'x', sizeof echo_message);
    echo_connections = connections;
    echo_connected = echo_issued = 0;
    int port = tcp_listen(echo_back);
    for (int i = 0; i < connections; i++) echo_clients[i] = tcp_connect(port, echo_connected_one);
}

static void tcp_echo_1(int ops, stopwatch *sw) { echo_round_trips(1); }
static void tcp_echo_64(int ops, stopwatch *sw) { echo_round_trips(MAX_CONNECTIONS); }

/* tcp-bulk: ops MiB from the client to the server in 64 KiB writes of one buffer; one
 * operation is one MiB. */
#define BULK_CHUNK (64 * 1024)

static char bulk_chunk[BULK_CHUNK];
static size_t bulk_total, bulk_sent;

static void bulk_receive(tcp_connection *c, char *chunk, size_t length) {
    free(chunk);
    c->received += length;
    if (c->received == bulk_total) {
        stopwatch_stop(current);
        tcp_stop_listening();
    }
}

static void bulk_ignore(tcp_connection *c, char *chunk, size_t length) { free(chunk); }

/* Sends while the socket takes whole chunks at once; a chunk it takes part of waits for its
 * write request, as Node's write() returning false waits for 'drain'. */
static void bulk_send(tcp_connection *c) {
    while (bulk_sent < bulk_total) {
        bulk_sent += BULK_CHUNK;
        if (!tcp_write(c, bulk_chunk, BULK_CHUNK, NULL, bulk_send)) return;
    }
    tcp_end(c);
}

static void bulk_connected(uv_connect_t *req, int status) {
    if (status < 0) fail("connect", status);
    tcp_connection *c = (tcp_connection *)req->handle;
    tcp_start_reading(c, bulk_ignore);
    stopwatch_restart(current);
    bulk_send(c);
}

static void tcp_bulk(int ops, stopwatch *sw) {
    memset(bulk_chunk, 'x', sizeof bulk_chunk);
    bulk_total = (size_t)ops << 20;
    bulk_sent = 0;
    tcp_connect(tcp_listen(bulk_receive), bulk_connected);
}

/* ---- HTTP parsing ---------------------------------------------------------------------- */

/* http-parse-pipelined and http-parse-pieces: a keep-alive connection's stream of pipelined
 * requests parsed by http_parser (Debian's libhttp-parser-dev; run.py defines HAVE_HTTP_PARSER
 * when it is installed). The callbacks keep what NodeLoop's parser keeps: the URL and each
 * header's name and value copied into one head buffer as their pieces arrive (a piece may end
 * with a read), with each field's ranges; the head's field count is read when it completes. */
#ifdef HAVE_HTTP_PARSER
#include <http_parser.h>

static const char typical_request[] =
    "GET /products/item/12345?ref=homepage&utm_source=newsletter HTTP/1.1\r\n"
    "Host: www.example.com\r\n"
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n"
    "Accept-Language: en-US,en;q=0.5\r\n"
    "Accept-Encoding: gzip, deflate, br\r\n"
    "Connection: keep-alive\r\n"
    "Cookie: session=4f8a9c2e7b1d3f6a; theme=dark\r\n"
    "Upgrade-Insecure-Requests: 1\r\n"
    "\r\n";
#define REQUESTS_PER_BUFFER 100
#define HEAD_FIELDS 64

typedef struct {
    char bytes[16384];
    size_t length;
    size_t url_start, url_end;
    struct { size_t name_start, name_end, value_start, value_end; } fields[HEAD_FIELDS];
    int field_count;
    int reading_value;
    long completed, header_fields;
} request_head;

static int head_append(request_head *head, const char *at, size_t length) {
    if (length > sizeof head->bytes - head->length) return 1;
    memcpy(head->bytes + head->length, at, length);
    head->length += length;
    return 0;
}

static int on_message_begin(http_parser *parser) {
    request_head *head = parser->data;
    head->length = head->url_start = head->url_end = 0;
    head->field_count = 0;
    head->reading_value = 0;
    return 0;
}

static int on_url(http_parser *parser, const char *at, size_t length) {
    request_head *head = parser->data;
    if (head_append(head, at, length)) return 1;
    head->url_end = head->length;
    return 0;
}

static int on_header_field(http_parser *parser, const char *at, size_t length) {
    request_head *head = parser->data;
    if (head->field_count == 0 || head->reading_value) {
        if (head->field_count == HEAD_FIELDS) return 1;
        head->fields[head->field_count].name_start = head->length;
        head->field_count++;
        head->reading_value = 0;
    }
    if (head_append(head, at, length)) return 1;
    head->fields[head->field_count - 1].name_end = head->length;
    return 0;
}

static int on_header_value(http_parser *parser, const char *at, size_t length) {
    request_head *head = parser->data;
    if (!head->reading_value) {
        head->fields[head->field_count - 1].value_start = head->length;
        head->reading_value = 1;
    }
    if (head_append(head, at, length)) return 1;
    head->fields[head->field_count - 1].value_end = head->length;
    return 0;
}

static int on_headers_complete(http_parser *parser) {
    request_head *head = parser->data;
    head->header_fields += head->field_count;
    return 0;
}

static int on_message_complete(http_parser *parser) {
    ((request_head *)parser->data)->completed++;
    return 0;
}

static void parse_request_stream(int ops, size_t piece_size, stopwatch *sw) {
    size_t request_length = sizeof typical_request - 1;
    char *buffer = checked_malloc(request_length * REQUESTS_PER_BUFFER);
    for (int i = 0; i < REQUESTS_PER_BUFFER; i++) memcpy(buffer + i * request_length, typical_request, request_length);
    http_parser_settings settings = {
        .on_message_begin = on_message_begin, .on_url = on_url, .on_header_field = on_header_field,
        .on_header_value = on_header_value, .on_headers_complete = on_headers_complete,
        .on_message_complete = on_message_complete,
    };
    request_head *head = checked_malloc(sizeof *head);
    head->completed = head->header_fields = 0;
    http_parser parser;
    http_parser_init(&parser, HTTP_REQUEST);
    parser.data = head;
    stopwatch_restart(sw);
    for (int left = ops; left > 0;) {
        int requests = left < REQUESTS_PER_BUFFER ? left : REQUESTS_PER_BUFFER;
        size_t length = (size_t)requests * request_length;
        for (size_t start = 0; start < length; start += piece_size) {
            size_t piece = length - start < piece_size ? length - start : piece_size;
            if (http_parser_execute(&parser, &settings, buffer + start, piece) != piece || HTTP_PARSER_ERRNO(&parser) != HPE_OK)
                fail("http_parser_execute", 0);
        }
        left -= requests;
    }
    if (head->completed != ops) fail("http-parse: requests completed", 0);
    stopwatch_stop(sw);
    free(head);
    free(buffer);
}

static void http_parse_pipelined(int ops, stopwatch *sw) { parse_request_stream(ops, SIZE_MAX, sw); }
static void http_parse_pieces(int ops, stopwatch *sw) { parse_request_stream(ops, 24, sw); }
#else
static void http_parse_unavailable(int ops, stopwatch *sw) {
    (void)ops;
    (void)sw;
    fail("http-parse: built without libhttp-parser-dev", 0);
}
#define http_parse_pipelined http_parse_unavailable
#define http_parse_pieces http_parse_unavailable
#endif

/* ---- Main ------------------------------------------------------------------------------ */

typedef struct {
    const char *name;
    int ops;
    enum metric metric;
    void (*start)(int ops, stopwatch *sw);
} workload;

static const workload workloads[] = {
    {"immediate-breadth", 1000000, METRIC_WALL, immediate_breadth},
    {"immediate-depth", 1000000, METRIC_WALL, immediate_depth},
    {"nexttick-depth", 1000000, METRIC_WALL, nexttick_depth},
    {"promise-chain", 1000000, METRIC_WALL, promise_chain},
    {"promise-breadth", 1000000, METRIC_WALL, promise_breadth},
    {"promise-all", 100000, METRIC_WALL, promise_all},
    {"timers-breadth", 500000, METRIC_WALL_MINUS_1MS, timers_breadth},
    {"timers-random", 200000, METRIC_CPU, timers_random},
    {"threadpool-stat", 100000, METRIC_WALL, threadpool_stat},
    {"threadpool-work", 100000, METRIC_WALL, threadpool_work},
    {"readfile-small", 1000, METRIC_WALL, readfile_small},
    {"readfile-big", 1, METRIC_WALL, readfile_big},
    {"worker-pingpong", 10000, METRIC_WALL, worker_pingpong},
    {"tcp-echo-1", 20000, METRIC_WALL, tcp_echo_1},
    {"tcp-echo-64", 50000, METRIC_WALL, tcp_echo_64},
    {"tcp-bulk", 256, METRIC_WALL, tcp_bulk},
    {"http-parse-pipelined", 500000, METRIC_WALL, http_parse_pipelined},
    {"http-parse-pieces", 500000, METRIC_WALL, http_parse_pieces},
};

/* One run of ops operations: start them, run the loop until nothing is left. */
static double run_once(const workload *w, int ops) {
    stopwatch sw = {.metric = w->metric, .ops = ops};
    count = 0;
    target = ops;
    current = &sw;
    stopwatch_restart(&sw);
    w->start(ops, &sw);
    uv_run(loop, UV_RUN_DEFAULT);
    if (w->start == worker_pingpong) worker_pingpong_join();
    if (!sw.stopped) fail(w->name, 0);
    return sw.ns_per_op;
}

int main(int argc, char **argv) {
    const char *name = argc > 1 ? argv[1] : "";
    const workload *w = NULL;
    for (size_t i = 0; i < sizeof workloads / sizeof workloads[0]; i++)
        if (strcmp(workloads[i].name, name) == 0) w = &workloads[i];
    if (w == NULL) {
        printf("usage: bench-c <workload>; workloads:");
        for (size_t i = 0; i < sizeof workloads / sizeof workloads[0]; i++) printf(" %s", workloads[i].name);
        printf("\n");
        return 2;
    }
    const char *directory = getenv("NODELOOP_BENCH_DATA");
    if (directory != NULL) data_directory = directory;

    loop = uv_default_loop();
    uv_check_init(loop, &immediate_check);
    uv_check_start(&immediate_check, process_immediates);
    uv_unref((uv_handle_t *)&immediate_check);
    uv_idle_init(loop, &immediate_idle);
    uv_timer_init(loop, &timer_handle);

    /* make bench-quick runs smaller workloads: each count divided by NODELOOP_BENCH_SCALE. */
    const char *scale_text = getenv("NODELOOP_BENCH_SCALE");
    int scale = scale_text != NULL && atoi(scale_text) > 1 ? atoi(scale_text) : 1;
    int ops = w->ops / scale > 0 ? w->ops / scale : 1;

    run_once(w, ops / 10 > 0 ? ops / 10 : 1);
    double ns_per_op = run_once(w, ops);
    printf("bench impl=c workload=%s ns_per_op=%.2f ops=%d peak_rss_kib=%ld\n", w->name, ns_per_op, ops, peak_rss_kib());
    return 0;
}
