/*
 * evq.c - the event queue between worker threads and the UI thread.
 *
 * Workers post; the UI thread polls sx_evq_fd() together with stdin and pops.
 * The fd is the read end of a non-blocking pipe. One byte is written when the
 * queue goes from empty to non-empty and the pipe is drained when a pop
 * empties it, so the fd is readable exactly while events wait (the pattern of
 * cmus's job queue and redis's bio).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sextant/core.h>

struct sx_evq {
	pthread_mutex_t lock;
	sx_event *head, *tail;
	size_t n;
	int rfd, wfd;
};

int sx_evq_new(sx_evq **out, sx_error *err)
{
	sx_evq *q = sx_calloc(1, sizeof *q);
	int fds[2];

	*out = NULL;
	if (!q)
		return sx_error_set(err, SX_ENOMEM, "out of memory");
	if (pipe(fds) != 0) {
		free(q);
		return sx_error_set(err, SX_EIO, "cannot create event pipe: %s", strerror(errno));
	}
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
	fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	q->rfd = fds[0];
	q->wfd = fds[1];
	pthread_mutex_init(&q->lock, NULL);
	*out = q;
	return 0;
}

void sx_evq_free(sx_evq *q)
{
	sx_event *ev, *next;
	if (!q)
		return;
	for (ev = q->head; ev; ev = next) {
		next = ev->next;
		sx_event_free(ev);
	}
	close(q->rfd);
	close(q->wfd);
	pthread_mutex_destroy(&q->lock);
	free(q);
}

int sx_evq_post(sx_evq *q, int type, int code, int64_t a, int64_t b, const char *text,
		void *payload, void (*payload_free)(void *))
{
	sx_event *ev = sx_calloc(1, sizeof *ev);
	bool was_empty;

	if (!ev || (text && !(ev->text = sx_strdup(text)))) {
		free(ev);
		if (payload && payload_free)
			payload_free(payload);
		return SX_ENOMEM;
	}
	ev->type = type;
	ev->code = code;
	ev->a = a;
	ev->b = b;
	ev->payload = payload;
	ev->payload_free = payload_free;
	pthread_mutex_lock(&q->lock);
	was_empty = q->head == NULL;
	if (q->tail)
		q->tail->next = ev;
	else
		q->head = ev;
	q->tail = ev;
	q->n++;
	if (was_empty) {
		char c = 1;
		/* A full pipe already signals readability; EAGAIN is fine. */
		if (write(q->wfd, &c, 1) < 0 && errno != EAGAIN)
			(void)0;
	}
	pthread_mutex_unlock(&q->lock);
	return 0;
}

sx_event *sx_evq_pop(sx_evq *q)
{
	sx_event *ev;
	pthread_mutex_lock(&q->lock);
	ev = q->head;
	if (ev) {
		q->head = ev->next;
		if (!q->head)
			q->tail = NULL;
		q->n--;
		ev->next = NULL;
	}
	if (!q->head) {
		char buf[64];
		while (read(q->rfd, buf, sizeof buf) > 0)
			;
	}
	pthread_mutex_unlock(&q->lock);
	return ev;
}

int sx_evq_fd(const sx_evq *q)
{
	return q->rfd;
}

size_t sx_evq_pending(sx_evq *q)
{
	size_t n;
	pthread_mutex_lock(&q->lock);
	n = q->n;
	pthread_mutex_unlock(&q->lock);
	return n;
}

void sx_progress_report(const sx_progress *p, const char *stage, int64_t done, int64_t total)
{
	if (p && p->report)
		p->report(p->payload, stage, done, total);
}

bool sx_progress_cancelled(const sx_progress *p)
{
	return p && p->cancel && atomic_load(p->cancel);
}
