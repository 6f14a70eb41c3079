/* byline-source.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-source"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "byline-error.h"
#include "byline-source.h"

static gboolean
too_large (GError **error,
           gsize    len)
{
  g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_TOO_LARGE,
               "file is too large (%" G_GSIZE_FORMAT " MB, the limit is %d MB)",
               len / (1024 * 1024), BYLINE_SOURCE_MAX_BYTES / (1024 * 1024));
  return FALSE;
}

gboolean
byline_source_validate (const char  *data,
                        gsize        len,
                        GError     **error)
{
  const char *nul;
  const char *bad = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (len > BYLINE_SOURCE_MAX_BYTES)
    return too_large (error, len);

  if (len == 0)
    return TRUE;

  nul = memchr (data, '\0', len);
  if (nul != NULL)
    {
      g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_BINARY,
                   "not a text file (NUL byte at offset %" G_GSIZE_FORMAT ")",
                   (gsize) (nul - data));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, BYLINE_CORE_ERROR, BYLINE_CORE_ERROR_INVALID_UTF8,
                   "invalid UTF-8 at byte offset %" G_GSIZE_FORMAT,
                   (gsize) (bad - data));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* Reads @fd to its end: pipes, terminals and files such as those under
 * /proc that say they are empty. Refuses more than BYLINE_SOURCE_MAX_BYTES
 * and stops at the first NUL byte, which only binary data holds. */
static GByteArray *
read_to_end (int      fd,
             GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      gssize got = read (fd, chunk, sizeof chunk);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          set_errno_error (error, errno);
          return NULL;
        }
      if (got == 0)
        return g_steal_pointer (&data);
      g_byte_array_append (data, chunk, (guint) got);
      if (memchr (chunk, '\0', (gsize) got) != NULL)
        return g_steal_pointer (&data);  /* validation says binary */
      if (data->len > BYLINE_SOURCE_MAX_BYTES)
        {
          too_large (error, data->len);
          return NULL;
        }
    }
}

char *
byline_source_load (const char  *path,
                    gsize       *len,
                    GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GByteArray) read = NULL;
  const char *data;
  gsize length;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* One open: a FIFO opened twice would wait for a second writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno);
      if (fd >= 0)
        close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "is a folder, not a file");
      return NULL;
    }

  if (S_ISREG (st.st_mode) && st.st_size > 0)
    {
      if (st.st_size > BYLINE_SOURCE_MAX_BYTES)
        {
          close (fd);
          too_large (error, (gsize) st.st_size);
          return NULL;
        }
      mapped = g_mapped_file_new_from_fd (fd, FALSE, NULL);
    }
  if (mapped != NULL)
    {
      data = g_mapped_file_get_contents (mapped);
      length = g_mapped_file_get_length (mapped);
    }
  else
    {
      read = read_to_end (fd, error);
      if (read == NULL)
        {
          close (fd);
          return NULL;
        }
      data = (const char *) read->data;
      length = read->len;
    }
  close (fd);

  if (!byline_source_validate (data, length, error))
    return NULL;
  if (len != NULL)
    *len = length;
  if (read != NULL)
    {
      /* Read into memory already: hand that over, terminated. */
      g_byte_array_append (read, (const guint8 *) "", 1);
      return (char *) g_byte_array_free (g_steal_pointer (&read), FALSE);
    }
  return data != NULL && length > 0 ? g_strndup (data, length) : g_strdup ("");
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           GError     **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_errno_error (error, errno);
      data += n;
      len -= n;
    }
  return TRUE;
}

/* Devices and FIFOs are written through, as `>` would. */
static gboolean
write_through (const char  *path,
               const char  *data,
               gsize        len,
               GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return set_errno_error (error, errno);
  ok = write_all (fd, data, len, error);
  if (close (fd) != 0 && ok)
    return set_errno_error (error, errno);
  return ok;
}

static gboolean
replace_atomically (const char  *path,
                    mode_t       mode,
                    const char  *data,
                    gsize        len,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".byline-XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  int saved;

  if (fd < 0)
    return set_errno_error (error, errno);
  if (write_all (fd, data, len, error) && fchmod (fd, mode) == 0 && fsync (fd) == 0
      && close (fd) == 0)
    {
      fd = -1;
      if (g_rename (tmp, path) == 0)
        return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  if (error != NULL && *error != NULL)
    return FALSE;
  return set_errno_error (error, saved);
}

gboolean
byline_source_save (const char  *path,
                    const char  *data,
                    gsize        len,
                    GError     **error)
{
  g_autofree char *resolved = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  /* realpath() follows every link; a dangling link resolves to nothing and is
   * written as a new file where it points. */
  resolved = realpath (path, NULL);
  if (resolved == NULL && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *target = g_file_read_link (path, NULL);
      g_autofree char *dir = g_path_get_dirname (path);

      if (target != NULL)
        resolved = g_path_is_absolute (target) ? g_strdup (target) : g_build_filename (dir, target, NULL);
    }
  if (resolved == NULL)
    resolved = g_strdup (path);

  if (g_stat (resolved, &st) != 0)
    {
      mode_t mask;

      if (errno != ENOENT)
        return set_errno_error (error, errno);
      /* A new file gets the permissions the user's umask allows. */
      mask = umask (022);
      umask (mask);
      return replace_atomically (resolved, 0666 & ~mask, data ? data : "", len, error);
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "is a folder, not a file");
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    return write_through (resolved, data ? data : "", len, error);
  if (g_access (resolved, W_OK) != 0)
    return set_errno_error (error, errno);
  return replace_atomically (resolved, st.st_mode & 07777, data ? data : "", len, error);
}
