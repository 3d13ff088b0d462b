package kefu.service.callback;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses the recording store from {@code kefu.recordings.store}: {@code folder} (the default,
 * under {@code kefu.recordings.folder}) or {@code s3} with the endpoint, region, bucket and keys
 * under {@code kefu.recordings.s3}.
 */
@Configuration
class RecordingConfig {

  @Bean
  RecordingStore recordingStore(
      @Value("${kefu.recordings.store:folder}") String store,
      @Value("${kefu.recordings.folder:./data/recordings}") String folder,
      @Value("${kefu.recordings.s3.endpoint:}") String endpoint,
      @Value("${kefu.recordings.s3.region:us-east-1}") String region,
      @Value("${kefu.recordings.s3.bucket:kefu-recordings}") String bucket,
      @Value("${kefu.recordings.s3.access-key:}") String accessKey,
      @Value("${kefu.recordings.s3.secret-key:}") String secretKey,
      @Value("${kefu.recordings.s3.path-style:true}") boolean pathStyle) {
    return switch (store) {
      case "folder" -> new FolderRecordingStore(Path.of(folder));
      case "s3" ->
          new S3RecordingStore(s3Client(endpoint, region, accessKey, secretKey, pathStyle), bucket);
      default ->
          throw new IllegalStateException(
              "kefu.recordings.store must be folder or s3, got '" + store + "'");
    };
  }

  /**
   * A client for any S3-compatible endpoint. Checksums are sent only where the protocol requires
   * them: stores other than AWS do not all accept the newer checksum trailers.
   */
  static S3Client s3Client(
      String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
    var builder =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(region))
            .forcePathStyle(pathStyle)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
    if (!endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }
}
