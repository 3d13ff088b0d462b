package kefu.service;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data for the service records, made through the API: a store of its own per test with its
 * staff, callbacks in it, recordings for them.
 */
public final class ServiceShops {

  private final MockMvc mvc;

  public ServiceShops(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** A store with an agent, a second agent, a CS manager and a front desk, all from 2025. */
  public record Shop(String store, String agent, String agent2, String manager, String frontDesk) {}

  public Shop shop() throws Exception {
    String s = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    created(post("/api/v1/stores"), ADMIN, "{\"code\":\"%s\",\"name\":\"回访店%s\"}".formatted(s, s));
    Shop shop = new Shop(s, s + "A", s + "B", s + "M", s + "F");
    employee(shop.agent(), s, "CS_AGENT");
    employee(shop.agent2(), s, "CS_AGENT");
    employee(shop.manager(), s, "CS_MANAGER");
    employee(shop.frontDesk(), s, "FRONT_DESK");
    return shop;
  }

  void employee(String code, String store, String position) throws Exception {
    created(
        post("/api/v1/employees"),
        ADMIN,
        """
        {"code":"%s","name":"员工%s","storeCode":"%s","position":"%s","level":"JUNIOR",
         "hiredOn":"2025-01-02","baseSalary":3000.00}"""
            .formatted(code, code, store, position));
  }

  public String created(
      MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
      throws Exception {
    return body(mvc.perform(json(request, who, body)).andExpect(status().isCreated()));
  }

  public static long id(String json, String path) {
    return ((Number) JsonPath.read(json, path)).longValue();
  }

  public static String callbackJson(String store, String agent, String day, String phone) {
    return """
        {"storeCode":"%s","employeeCode":"%s","kind":"AFTER_SALES",
         "calledAt":"%sT10:00:00+08:00","customerName":"顾客","customerPhone":"%s",
         "result":"SATISFIED","reportedData":"满意，已保养"}"""
        .formatted(store, agent, day, phone);
  }

  public long callback(Shop shop, String agent, String day) throws Exception {
    return id(
        created(
            post("/api/v1/callbacks"),
            GROUP_CS,
            callbackJson(shop.store(), agent, day, "13812345678")),
        "$.id");
  }

  /** A minimal WAV file of {@code bytes} bytes: its header, then silence. */
  public static byte[] wav(int bytes) {
    byte[] audio = new byte[bytes];
    byte[] head = "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, audio, 0, head.length);
    return audio;
  }

  public ResultActions upload(
      long callback, RequestPostProcessor who, String name, String type, byte[] file)
      throws Exception {
    return mvc.perform(
        multipart(HttpMethod.PUT, "/api/v1/callbacks/" + callback + "/recording")
            .file(new MockMultipartFile("file", name, type, file))
            .with(who));
  }
}
