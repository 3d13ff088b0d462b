package kefu.registers.uniforms;

/** What the stock holds of one item in one size. */
public record UniformStock(String item, String size, int quantity) {}
