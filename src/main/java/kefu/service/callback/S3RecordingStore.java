package kefu.service.callback;

import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Recordings in a bucket of any S3-compatible store (MinIO, Aliyun OSS, Tencent COS, AWS). Reads
 * ask the store for the byte range wanted, so seeking in a long recording never downloads it all.
 */
record S3RecordingStore(S3Client s3, String bucket) implements RecordingStore {

  @Override
  public void put(String key, InputStream content, long bytes, String contentType)
      throws IOException {
    s3.putObject(
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentType(contentType)
            .contentLength(bytes)
            .build(),
        RequestBody.fromInputStream(content, bytes));
  }

  @Override
  public InputStream open(String key, long offset, long length) throws IOException {
    if (length <= 0) {
      return InputStream.nullInputStream();
    }
    return s3.getObject(
        GetObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .range("bytes=" + offset + "-" + (offset + length - 1))
            .build());
  }

  @Override
  public void delete(String key) throws IOException {
    s3.deleteObject(b -> b.bucket(bucket).key(key));
  }
}
