/*
 * The C floor for `make bench-http`: libuv and http_parser 2.9 (Debian's libhttp-parser-dev),
 * answering every request with the benchmark's 11-byte "hello world".
 *
 * Each read is parsed whole; every request it completes appends one response to that read's
 * reply, so pipelined requests are answered in order and in a single write. A request that does
 * not keep the connection alive gets "Connection: close", and the connection closes once that
 * reply is written (anything after that request is ignored). A parse error closes at once.
 * Writes try uv_try_write first and queue only what the socket did not take.
 *
 * Build: cc -O2 -o hello hello.c -luv -lhttp_parser. Run: hello <port> (127.0.0.1).
 */
#include <http_parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

static const char keep_alive_reply[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world";
static const char keep_alive_http10_reply[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
    "Connection: keep-alive\r\n\r\nhello world";
static const char closing_reply[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
    "Connection: close\r\n\r\nhello world";

typedef struct {
    uv_tcp_t tcp;
    http_parser parser;
    char *reply;          /* this read's replies, in request order */
    size_t reply_length;
    size_t reply_capacity;
    int closing;          /* a request asked to close: answer it, then close */
} connection;

typedef struct {
    uv_write_t request;
    connection *conn;
    int close_after;
    char bytes[];
} queued_write;

static http_parser_settings settings;
static char read_buffer[65536];

static void on_closed(uv_handle_t *handle) {
    connection *conn = (connection *)handle;
    free(conn->reply);
    free(conn);
}

static void close_connection(connection *conn) {
    if (!uv_is_closing((uv_handle_t *)&conn->tcp)) uv_close((uv_handle_t *)&conn->tcp, on_closed);
}

static void append_reply(connection *conn, const char *bytes, size_t length) {
    if (conn->reply_length + length > conn->reply_capacity) {
        size_t capacity = conn->reply_capacity ? conn->reply_capacity * 2 : 4096;
        while (capacity < conn->reply_length + length) capacity *= 2;
        char *grown = realloc(conn->reply, capacity);
        if (!grown) { fprintf(stderr, "hello: out of memory\n"); exit(1); }
        conn->reply = grown;
        conn->reply_capacity = capacity;
    }
    memcpy(conn->reply + conn->reply_length, bytes, length);
    conn->reply_length += length;
}

static int on_message_complete(http_parser *parser) {
    connection *conn = parser->data;
    if (!http_should_keep_alive(parser)) {
        append_reply(conn, closing_reply, sizeof closing_reply - 1);
        conn->closing = 1;
        http_parser_pause(parser, 1); /* stop parsing: nothing after this request is answered */
    } else if (parser->http_major == 1 && parser->http_minor == 0) {
        append_reply(conn, keep_alive_http10_reply, sizeof keep_alive_http10_reply - 1);
    } else {
        append_reply(conn, keep_alive_reply, sizeof keep_alive_reply - 1);
    }
    return 0;
}

static void on_written(uv_write_t *request, int status) {
    queued_write *write = (queued_write *)request;
    if (status < 0 || write->close_after) close_connection(write->conn);
    free(write);
}

/* Sends this read's replies: whatever uv_try_write takes now, the rest queued. */
static void flush_replies(connection *conn) {
    size_t sent = 0;
    int tried = uv_try_write((uv_stream_t *)&conn->tcp,
                             &(uv_buf_t){.base = conn->reply, .len = conn->reply_length}, 1);
    if (tried > 0) sent = (size_t)tried;
    else if (tried != UV_EAGAIN) { close_connection(conn); return; }
    size_t rest = conn->reply_length - sent;
    conn->reply_length = 0;
    if (rest == 0) {
        if (conn->closing) close_connection(conn);
        return;
    }
    queued_write *write = malloc(sizeof *write + rest);
    if (!write) { fprintf(stderr, "hello: out of memory\n"); exit(1); }
    write->conn = conn;
    write->close_after = conn->closing;
    memcpy(write->bytes, conn->reply + sent, rest);
    uv_buf_t buffer = uv_buf_init(write->bytes, (unsigned int)rest);
    if (uv_write(&write->request, (uv_stream_t *)&conn->tcp, &buffer, 1, on_written) < 0) {
        free(write);
        close_connection(conn);
    }
}

static void on_alloc(uv_handle_t *handle, size_t suggested, uv_buf_t *buffer) {
    (void)handle;
    (void)suggested;
    *buffer = uv_buf_init(read_buffer, sizeof read_buffer);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buffer) {
    connection *conn = (connection *)stream;
    if (nread < 0) { close_connection(conn); return; }
    if (nread == 0 || conn->closing) return;
    size_t parsed = http_parser_execute(&conn->parser, &settings, buffer->base, (size_t)nread);
    enum http_errno error = HTTP_PARSER_ERRNO(&conn->parser);
    if (conn->closing) uv_read_stop(stream);
    else if (error != HPE_OK || parsed != (size_t)nread) { close_connection(conn); return; }
    if (conn->reply_length > 0) flush_replies(conn);
}

static void on_connection(uv_stream_t *server, int status) {
    if (status < 0) return;
    connection *conn = calloc(1, sizeof *conn);
    if (!conn) { fprintf(stderr, "hello: out of memory\n"); exit(1); }
    uv_tcp_init(server->loop, &conn->tcp);
    if (uv_accept(server, (uv_stream_t *)&conn->tcp) < 0) { close_connection(conn); return; }
    uv_tcp_nodelay(&conn->tcp, 1);
    http_parser_init(&conn->parser, HTTP_REQUEST);
    conn->parser.data = conn;
    uv_read_start((uv_stream_t *)&conn->tcp, on_alloc, on_read);
}

int main(int argc, char **argv) {
    char *end = NULL;
    long port = argc == 2 ? strtol(argv[1], &end, 10) : -1;
    if (argc != 2 || *end != '\0' || port < 0 || port > 65535) {
        fprintf(stderr, "usage: hello <port>\n");
        return 2;
    }
    http_parser_settings_init(&settings);
    settings.on_message_complete = on_message_complete;

    uv_loop_t *loop = uv_default_loop();
    uv_tcp_t server;
    struct sockaddr_in address;
    uv_ip4_addr("127.0.0.1", (int)port, &address);
    uv_tcp_init(loop, &server);
    int status = uv_tcp_bind(&server, (const struct sockaddr *)&address, 0);
    if (status == 0) status = uv_listen((uv_stream_t *)&server, 511, on_connection);
    if (status != 0) {
        fprintf(stderr, "hello: listen on 127.0.0.1:%ld: %s\n", port, uv_strerror(status));
        return 1;
    }
    return uv_run(loop, UV_RUN_DEFAULT);
}
