package golden.jslib;

public class JsArraySchema extends JsSchema<Object> {
    private JsSchema<?> items;

    public JsSchema<?> getItems() {
        return items;
    }

    public void setItems(JsSchema<?> items) {
        this.items = items;
    }
}
