package tn.entrix.selling;

public record OrderItemView(long id, long ticketTypeId, Long seatId, String seatReference, long basePrice,
                            long discount, long price, String breakdown) {
}
